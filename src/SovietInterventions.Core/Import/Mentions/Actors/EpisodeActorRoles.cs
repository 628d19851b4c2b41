using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>One actor of an episode: the mention and passage that give its role, the role, and whether it is only background.</summary>
public sealed record EpisodeActorChoice<TPassage>(ActorMention Mention, TPassage Passage, string Role, bool AlsoMentioned);

/// <summary>
/// The actors of one episode from the mentions in its passages: each actor once, with the strongest role its
/// foreground mentions give (<see cref="ActorRoles.Strongest"/>, commanders of a target as opposing commanders),
/// and marked "also mentioned" when every mention is background (<see cref="ActorRelevance"/>, <see cref="ThirdStateActors"/>); <c>aided</c> are the
/// targets whose government the Soviet side aided (supported governments), whose heads are not its opponents; <c>fought</c> the
/// states the sources say fought the Soviet side in the episode, whose forces are its opponents (<see cref="TargetForces"/>).
/// Generic in the passage type so that the episode stage can hand over whatever it keeps its passages in.
/// </summary>
/// <param name="namesSovietAgent">Whether a sentence names the Soviet side: the agents of the claim rules ("the Bolsheviks", "Moscow").</param>
/// <param name="statesAnAct">Whether a sentence states an act: the claim rules' acts and the intervention words (<see cref="EpisodeRules.StatesAnAct"/>).</param>
internal sealed class EpisodeActorRoles(Gazetteer gazetteer, Func<string, bool> namesSovietAgent, Func<string, bool> statesAnAct)
{
    private readonly ActorRelevance relevance = new(gazetteer);
    private readonly ThirdStateActors thirdStates = new(gazetteer, namesSovietAgent, statesAnAct);
    private readonly OwnSideRoles ownSide = new(gazetteer);
    private readonly ActorReferences references = new(gazetteer);
    private readonly TargetForces targetForces = new(new(gazetteer, namesSovietAgent, statesAnAct), namesSovietAgent);

    public List<EpisodeActorChoice<TPassage>> For<TPassage>(
        IEnumerable<(TPassage Passage, string Text, IReadOnlyList<DatePhrase> Dates, IReadOnlyList<ActorMention> Actors)> passages,
        int firstYear, int lastYear, IReadOnlyCollection<string> targets, IReadOnlyCollection<string>? aided = null, IReadOnlyCollection<string>? fought = null)
    {
        // What a later sentence says of a named actor through "them" or "the King" counts as said of it.
        var titled = new TitledPeople();
        var mentions = passages.Select(p => (p.Passage, p.Text, p.Dates, Actors: (IReadOnlyList<ActorMention>)[.. p.Actors, .. references.In(p.Text, p.Actors, titled)]))
            .ToList().Select(p => (p.Passage, p.Text, p.Dates, p.Actors,
                // Read once per passage, so a long passage with many names stays linear.
                Background: p.Actors.Where(a => relevance.IsBackground(a, p.Text, p.Dates, firstYear, lastYear)).ToHashSet()))
            .SelectMany(p => p.Actors.Select(a => (Mention: a, p.Passage, Role: BySovietSide(RoleIn(a, targets, firstYear, aided), a, p.Text), p.Text))
            .Select(m => (m.Mention, m.Passage, Role: targetForces.Role(thirdStates.Role(m.Role, m.Mention, targets, aided, firstYear), m.Mention, m.Text, targets, aided, fought), m.Text))
            .Select(m => (m.Mention, m.Passage, m.Role, m.Text,
                Background: p.Background.Contains(m.Mention)
                    || thirdStates.Aside(m.Role, m.Mention, m.Text, p.Background, targets, aided)
                    || InSentenceDatedByLeader(m.Mention, p.Text, p.Actors, firstYear, lastYear)
                    || (fought?.Count > 0 && SideUnknown(m.Mention, m.Role))))
            // Only a foreground mention shows the Soviet side's own as such: a background one is listed apart, without a role.
            .Select(m => (m.Mention, m.Passage, Role: m.Background ? m.Role : ownSide.Role(m.Role, m.Mention, m.Text, firstYear, lastYear), m.Background)));
        List<EpisodeActorChoice<TPassage>> chosen = [.. mentions.GroupBy(m => m.Mention.ActorSlug).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var foreground = g.Where(m => !m.Background).ToList();
            var alsoMentioned = foreground.Count == 0;
            var counted = alsoMentioned ? g.Where(m => m.Role != ActorRoles.Mentioned).ToList() : foreground;
            var role = ActorRoles.Strongest(counted.Select(m => m.Role), gazetteer.RoleRules);
            var chosen = counted.FirstOrDefault(m => m.Role == role, g.First());
            return new EpisodeActorChoice<TPassage>(chosen.Mention, chosen.Passage, role, alsoMentioned);
        })];
        return OneSidePerState(chosen, aided);
    }

    /// <summary>"The remnants of the German 2nd Army … managed to escape" beside Himmler, an opposing commander: a state's forces
    /// fight on one side, so where the page shows one of its commanders or forces fighting the Soviet side, its other forces the
    /// words only name are its opponents too. Not a state whose government the Soviet side aided (its civil war has two sides),
    /// and not from a leader deposed: a government overthrown need not have fought (an army confined to barracks).</summary>
    private List<EpisodeActorChoice<TPassage>> OneSidePerState<TPassage>(List<EpisodeActorChoice<TPassage>> actors, IReadOnlyCollection<string>? aided)
    {
        var fighting = actors.Where(a => !a.AlsoMentioned && a.Role is ActorRoles.Opposed or ActorRoles.OpposingCommander
                && (a.Mention.Type == ActorType.ArmedForce || a.Role == ActorRoles.OpposingCommander))
            .Select(a => thirdStates.StateOf(a.Mention)).OfType<string>().Where(s => aided?.Contains(s) != true).ToHashSet(StringComparer.Ordinal);
        return [.. actors.Select(a => !a.AlsoMentioned && a.Role == ActorRoles.Involved && a.Mention.Type == ActorType.ArmedForce
            && thirdStates.StateOf(a.Mention) is { } state && fighting.Contains(state) ? a with { Role = ActorRoles.Opposed } : a)];
    }

    /// <summary>"VI Corps had reached the shore", "the 198th Motorised Division": in a war the sources say other states fought against
    /// the Soviet side, a unit the texts taught, named without its state and with nothing more said, may be on either side; it is
    /// listed apart ("the 1st Polish Army" names its state).</summary>
    private bool SideUnknown(ActorMention mention, string role) =>
        role == ActorRoles.Involved && mention.Type == ActorType.ArmedForce && mention.Discovered && thirdStates.StateOf(mention) is null
        && !gazetteer.CountryNames.Matches(FoldedText.Of(mention.Name)).Any(m => m.Value.CountrySlug is not null);

    /// <summary>"Ceaușescu, General Secretary of the party, … a Dubček supporter …": a leader named in an office far from the episode's
    /// years, or a death well before it ("following Stalin's death"), dates the whole sentence, and every name in it is background too.</summary>
    private bool InSentenceDatedByLeader(ActorMention mention, string text, IReadOnlyList<ActorMention> passageActors, int firstYear, int lastYear)
    {
        if (mention.Index + mention.Length > text.Length)
            return false;
        var (start, end) = ActorRelevance.SentenceAround(text, mention.Index, mention.Index + mention.Length);
        return passageActors.Any(a => a != mention && a.Index >= start && a.Index < end
            && (relevance.LeadsOutsideItsYears(a, firstYear, lastYear) || relevance.DiedBeforeIt(a, text, firstYear)));
    }

    private string BySovietSide(string role, ActorMention mention, string text)
    {
        if (role is not (ActorRoles.Supported or ActorRoles.LeaderInstalled or ActorRoles.LeaderDeposed) || mention.Role != role || mention.Index + mention.Length > text.Length) return role;
        // "Supported" on a page means supported by the Soviet side: the sentence must name it ("reformers who supported Dubček" does
        // not). "Leader installed" too, but a passage telling the Soviet side's act may name it a sentence before ("… the Soviets
        // backed the coup. Salchak Toka would become the new head"); one that never names it tells of another change of leader
        // ("Novotný resigned his presidency and was replaced by Ludvík Svoboda").
        var (start, end) = role == ActorRoles.Supported ? ActorRelevance.SentenceAround(text, mention.Index, Math.Min(text.Length, mention.Index + mention.Length)) : (0, text.Length);
        return namesSovietAgent(text[start..end]) ? role : ActorRoles.Involved;
    }

    private string RoleIn(ActorMention mention, IReadOnlyCollection<string> targets, int firstYear, IReadOnlyCollection<string>? aided)
    {
        var entry = gazetteer.Actor(mention.ActorSlug);
        var role = ActorRoles.InEpisode(mention, targets, entry?.HeadYears, firstYear, entry?.Against is not null, aided, entry?.Country);
        // A third state's commander ("US Army General X" on the Cuban crisis) says whose side he is on, never just "commander".
        return role == ActorRoles.Commander && (mention.Side ?? entry?.Country) is { } side && gazetteer.Country(side)?.Adjectives is [var adjective, ..]
            ? $"{adjective} commander" : role;
    }
}
