using System.Text.Json.Serialization;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>What an act does to the episode it belongs to: starts or carries it, or ends it (a withdrawal); a compound act
/// counts only inside a name joined to the agent ("Soviet–Afghan War"). An aside is an act in the episode's own passages
/// about another place (aid to the state that invaded it): it may lead the page when nothing names the place, and counts for nothing else.
/// A defence is a war another state fought against the Soviet side over a stated period: it joins an episode of that state, never starts one.</summary>
internal enum ActRole { Intervention, End, Compound, Aside, Defence }

/// <summary>
/// The reviewed word lists of data/claim-rules.json: who the Soviet side is, which acts make an
/// intervention claim and of which kind, whose side an aid claim takes, and which text is not narrative.
/// </summary>
public sealed partial class ClaimRules
{
    public required int FirstYear { get; init; }
    public required int LastYear { get; init; }
    internal PhraseMatcher<string> Agents => agents;
    private PhraseMatcher<string> agents = null!;
    private IReadOnlyList<string> agentNames = [];
    internal IReadOnlySet<string> PassiveMarkers { get; init; } = null!;
    /// <summary>Agents that qualify a noun ("Soviet invasion") rather than act in the sentence.</summary>
    internal IReadOnlySet<string> AgentAdjectives { get; init; } = null!;
    /// <summary>Last words of an act phrase whose agent follows it ("support from", "fell to").</summary>
    internal IReadOnlySet<string> AgentAfterEndings { get; init; } = null!;
    /// <summary>Prefixes that deny the act after them ("non-intervention").</summary>
    internal IReadOnlyList<string> NegatingPrefixes { get; init; } = null!;
    /// <summary>Possessives that give a noun act another owner ("its invasion").</summary>
    internal IReadOnlySet<string> OwnerWords { get; init; } = null!;
    /// <summary>Sentence openers whose clause ends at the first comma ("As …, …").</summary>
    internal IReadOnlySet<string> Subordinators { get; init; } = null!;

    /// <summary>Where the clause of a sentence-opening subordinator ends ("As the war turned, …"), or -1: at a comma before a
    /// space, so that "Although 2,500 died, …" ends after "died"; a short aside between commas that a coordinator carries on
    /// ("Although it fell between the bombing of Hiroshima, on 6 August, and the Nagasaki bombing, …") is still the clause's.</summary>
    internal int OpeningClauseEnd(string sentence)
    {
        if (!Subordinators.Contains(sentence.TrimStart().Split(' ', 2)[0])) return -1;
        var end = sentence.IndexOf(", ", StringComparison.Ordinal);
        while (end >= 0 && sentence.IndexOf(", ", end + 2, StringComparison.Ordinal) is var asideEnd and >= 0
            && sentence[(end + 2)..asideEnd] is var aside && aside.Split(' ').Length <= MaxAsideWords && aside.Any(char.IsDigit)
            && CoordinatorAt(sentence, asideEnd + 2) && sentence.IndexOf(", ", asideEnd + 2, StringComparison.Ordinal) is var next and >= 0)
            end = next;
        return end;
    }

    private const int MaxAsideWords = 4;

    private static bool CoordinatorAt(string sentence, int index) =>
        sentence.AsSpan(index).StartsWith("and ", StringComparison.Ordinal) || sentence.AsSpan(index).StartsWith("or ", StringComparison.Ordinal);
    /// <summary>Countries that are the Soviet side itself where the text names them (Russia): never a target.</summary>
    internal IReadOnlySet<string> AgentCountries { get; init; } = null!;
    internal PhraseMatcher<(EpisodeKind Kind, ActRole Role)> Acts { get; init; } = null!;
    internal IReadOnlyList<EpisodeKind> KindOrder { get; init; } = null!;
    internal PhraseMatcher<SovietSide> Sides { get; init; } = null!;
    internal PhraseMatcher<bool> Forces { get; init; } = null!;
    /// <summary>One word that names forces, in the plural or the singular ("troops", "force").</summary>
    internal bool IsForcesWord(string word) => Forces.AnyIn(word) || Forces.AnyIn(word + "s");
    internal IReadOnlyList<string> ClauseBreaks { get; init; } = null!;
    /// <summary>Words before the place aid went to ("to", "in", "into").</summary>
    internal IReadOnlySet<string> DestinationWords { get; init; } = null!;
    /// <summary>Words before a country that acts beside the Soviet side in its act ("invaded w/ Britain", "together with").</summary>
    internal IReadOnlyList<string> PartnerWords { get; init; } = null!;

    /// <summary>Nouns after which the agent adjective names land, not the actor ("on Soviet soil", "across the Soviet border").</summary>
    internal IReadOnlySet<string> AgentLandNouns { get; init; } = null!;

    /// <summary>Nouns after which the agent adjective names another state tied to the Soviet side ("a Soviet ally").</summary>
    internal IReadOnlySet<string> AgentRelationNouns { get; init; } = null!;

    /// <summary>Verbs whose indirect object receives the act that follows it ("sent Stalin an ultimatum"): no agent.</summary>
    internal IReadOnlySet<string> GivingVerbs { get; init; } = null!;

    /// <summary>Words after which a place is where aid arrived ("had reached Ethiopia", "unloaded at Luanda").</summary>
    internal IReadOnlyList<string> ArrivalWords { get; init; } = null!;
    internal PhraseMatcher<bool> ReferBack { get; init; } = null!;
    internal IReadOnlySet<string> NonNarrativeSections { get; init; } = null!;
    internal PhraseMatcher<bool> ResultWords { get; init; } = null!;
    /// <summary>An author setting an act aside ("Nor do I treat …", "I do not count it"): the sentence claims nothing.</summary>
    internal PhraseMatcher<bool> SetAsideWords { get; init; } = null!;
    /// <summary>Times a sentence points at without writing them ("that autumn", "twice"): the sentence after it may write them.</summary>
    internal PhraseMatcher<bool> TimeReferences { get; init; } = null!;
    /// <summary>Days a sentence names from the day it was written or spoken ("last night": -1, "today": 0): in a document whose title
    /// gives its day (a meeting's record, a dispatch), the act's day.</summary>
    internal IReadOnlyList<(PhraseMatcher<bool> Words, int Offset)> RelativeDays { get; init; } = [];
    /// <summary>Verbs of remembering ("looked back to", "remembered"): a date in the clause after one is remembered, not the sentence's time.</summary>
    internal PhraseMatcher<bool> RecallWords { get; init; } = null!;
    /// <summary>Words that step back in a story ("back in", "earlier", "had"): a yearless date after them is not read into the next year.</summary>
    internal PhraseMatcher<bool> FlashbackWords { get; init; } = null!;
    /// <summary>Words before the first date of a stated period ("from", "between") and after it ("until", "to").</summary>
    internal IReadOnlySet<string> RangeStarts { get; init; } = null!;
    internal IReadOnlySet<string> RangeEnds { get; init; } = null!;
    /// <summary>Words right before an ending that say it only began ("began leaving"): it lasts to the sentence's last date.</summary>
    internal IReadOnlySet<string> BeginWords { get; init; } = null!;
    /// <summary>Words saying an act that began came to its end ("ended", "lasted until"): the date after them is its last.</summary>
    internal PhraseMatcher<bool> EndedWords { get; init; } = null!;
    /// <summary>What the Soviet side has in a country that can leave it ("advisers", "personnel", "deliveries"), besides forces.</summary>
    internal PhraseMatcher<bool> Presence { get; init; } = null!;
    /// <summary>Verbs that send a presence away or end it ("left", "expelled", "ended").</summary>
    internal PhraseMatcher<bool> DepartureVerbs { get; init; } = null!;
    /// <summary>Words that deny an act: before its agent ("no Soviet troops"), before a passive act ("was not invaded by") or
    /// between the agent and its act ("Moscow's refusal to supply", "had no intention to").</summary>
    internal IReadOnlySet<string> Negators { get; init; } = null!;
    /// <summary>Words before a country that make it the enemy of a war, not the place it was fought ("the war against Japan").</summary>
    internal IReadOnlyList<string> EnemyMarkers { get; init; } = null!;
    /// <summary>Words after which a side is the one aid was given against, not the one it went to ("against … the Liberation Front").</summary>
    internal IReadOnlySet<string> OpposedWords { get; init; } = null!;
    /// <summary>Verbs of planning or advising ("planned", "advised on"): done to another army's act, they are aid to that army.</summary>
    internal PhraseMatcher<bool> AdviceVerbs { get; init; } = null!;
    /// <summary>Words right before an act that make it a promise or a threat, not a deed ("promised to withdraw", "threatened to invade").</summary>
    internal IReadOnlyList<string> IntentWords { get; init; } = null!;
    /// <summary>Words right before a noun act that make a partner word after it name a partner ("joint invasion with Britain"), not the
    /// enemy ("the war with Finland").</summary>
    internal IReadOnlySet<string> JointWords { get; init; } = null!;
    /// <summary>Modal verbs right before an act that make it a possibility, not a deed ("Moscow may send troops if …"). Matched in lower
    /// case only, so the month ("In May Soviet troops entered") is none.</summary>
    internal IReadOnlySet<string> ModalWords { get; init; } = null!;
    /// <summary>Words right before an act that make it a topic of talk, not a deed ("sounded out colleagues about a strike").</summary>
    internal IReadOnlyList<string> TopicWords { get; init; } = null!;
    /// <summary>Words opening a table cell that says the Soviet side did nothing ("nothing — the Allies landed").</summary>
    internal IReadOnlySet<string> EmptyCellWords { get; init; } = null!;
    /// <summary>Words right before a year that make it a writer's ("writing in 1958"), not an event's.</summary>
    internal IReadOnlyList<string> WritingWords { get; init; } = null!;
    /// <summary>Words that turn a refusal into an act of its own ("refused to allow").</summary>
    internal IReadOnlySet<string> PermissionWords { get; init; } = null!;
    /// <summary>Verbs whose object is the side attacked ("fought", "attacked"): the Soviet side defending a place abroad.</summary>
    internal PhraseMatcher<bool> DefenceVerbs { get; init; } = null!;
    /// <summary>Last words ("War", "Crisis") and first words ("Operation") of a title that names an episode.</summary>
    internal IReadOnlySet<string> NameHeads { get; init; } = null!;
    /// <summary>Pronouns that, as the subject after an opening phrase ("On 10 August, he …"), point back to someone not shown.</summary>
    internal IReadOnlySet<string> Pronouns { get; init; } = null!;
    /// <summary>Verbs of saying or believing whose "that" clause reports a claim rather than states it ("warned that").</summary>
    internal IReadOnlySet<string> ReportingVerbs { get; init; } = null!;
    internal IReadOnlySet<string> NamePrefixes { get; init; } = null!;
    /// <summary>Words before a country that make it the way through, not the place ("via Finland").</summary>
    internal IReadOnlySet<string> RouteWords { get; init; } = null!;
    /// <summary>Words before a country that make it a route only after a means of transport ("by rail across China", not "rolled across Hungary").</summary>
    internal IReadOnlySet<string> CrossingWords { get; init; } = null!;
    /// <summary>Means of transport that make the crossing word after them a route.</summary>
    internal IReadOnlySet<string> RouteMeans { get; init; } = null!;
    /// <summary>Nouns for a country's people after its adjective ("Polish citizens"): an act on them is about their country.</summary>
    internal IReadOnlySet<string> PeopleWords { get; init; } = null!;

    /// <summary>A state's buildings abroad: "the Yugoslav Embassy" in Budapest is no Yugoslav place acted on.</summary>
    internal IReadOnlySet<string> MissionWords { get; init; } = null!;
    /// <summary>Where people flee ("President Smetona fled to Germany"): a place after these words is a refuge, not a place acted on.</summary>
    internal IReadOnlyList<string> RefugeWords { get; init; } = [];
    /// <summary>How table rows say no (see <see cref="DeniedRowActs"/>).</summary>
    internal TableRowWords Rows { get; init; } = TableRowWords.None;

    public bool InPeriod(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>The rules of claim-rules.json, their acts in every tense (verb-forms.json) and the Soviet side's curated
    /// people and bodies of the loaded gazetteer as agents (none without one: a test's folder of rules alone).</summary>
    internal static ClaimRules Load(string dataDirectory, Reference.Gazetteer? gazetteer = null)
    {
        var verbs = VerbForms.Load(dataDirectory);
        IReadOnlyList<string> agents = gazetteer is null ? [] : SovietAgents.NamesIn(gazetteer);
        return Reference.DataFile.Load<RulesFile, ClaimRules>(dataDirectory, "claim-rules.json", "claim rules", RulesJson.Default.RulesFile, f => FromFile(f, verbs, agents));
    }

    private static ClaimRules FromFile(RulesFile file, VerbForms verbs, IReadOnlyList<string> sovietActors)
    {
        Require(file.Period is { } p && p.From < p.To, "period needs from < to");
        Require(file.Agents is { Count: > 0 }, "agents is empty");
        Require(file.Acts is { Count: > 0 }, "acts is empty");
        Require(file.EndActs is { Count: > 0 }, "endActs is empty");
        var kinds = file.Acts!.Select(a => Enum.Parse<EpisodeKind>(a.Kind)).ToList();
        var missing = Enum.GetValues<EpisodeKind>().Except(kinds).ToList();
        Require(missing.Count == 0, $"no acts for kind(s) {string.Join(", ", missing)}");
        var sides = (file.SupportSides ?? []).SelectMany(s => s.Value.Select(w => (w, Enum.Parse<SovietSide>(s.Key))));
        List<string> agentNames = [.. file.Agents!.Concat(sovietActors).Distinct(StringComparer.OrdinalIgnoreCase)];
        return new ClaimRules
        {
            FirstYear = file.Period!.From,
            Rows = TableRowWords.FromFile(file.TableRows),
            LastYear = file.Period.To,
            agentNames = agentNames,
            agents = new(agentNames.Select(a => (a, a))),
            PassiveMarkers = new HashSet<string>(file.PassiveMarkers ?? [], StringComparer.OrdinalIgnoreCase),
            AgentAdjectives = new HashSet<string>(file.AgentAdjectives ?? [], StringComparer.OrdinalIgnoreCase),
            AgentAfterEndings = new HashSet<string>(file.AgentAfterEndings ?? [], StringComparer.OrdinalIgnoreCase),
            NegatingPrefixes = file.NegatingPrefixes ?? [],
            OwnerWords = new HashSet<string>(file.OwnerWords ?? [], StringComparer.OrdinalIgnoreCase),
            Subordinators = new HashSet<string>(file.Subordinators ?? [], StringComparer.OrdinalIgnoreCase),
            AgentCountries = new HashSet<string>(file.AgentCountries ?? [], StringComparer.Ordinal),
            Acts = Inflected(file.Acts!.SelectMany(a => a.Words.Select(w => (w, (Enum.Parse<EpisodeKind>(a.Kind), ActRole.Intervention))))
                .Concat(file.EndActs!.Select(w => (w, (EpisodeKind.Occupation, ActRole.End)))), verbs,
                (file.CompoundActs ?? []).Select(w => (w, (EpisodeKind.Invasion, ActRole.Compound))),
                (file.NotActs ?? []).SelectMany(verbs.Of).ToList()),
            KindOrder = kinds,
            Sides = new(sides),
            Forces = Flags(file.ForcesWords),
            ClauseBreaks = file.ClauseBreaks ?? [],
            DestinationWords = new HashSet<string>(file.DestinationWords ?? [], StringComparer.OrdinalIgnoreCase),
            PartnerWords = file.PartnerWords ?? [],
            ArrivalWords = file.ArrivalWords ?? [],
            AgentLandNouns = new HashSet<string>(file.AgentLandNouns ?? [], StringComparer.OrdinalIgnoreCase),
            GivingVerbs = new HashSet<string>(file.GivingVerbs ?? [], StringComparer.OrdinalIgnoreCase),
            AgentRelationNouns = new HashSet<string>(file.AgentRelationNouns ?? [], StringComparer.OrdinalIgnoreCase),
            ReferBack = Flags(file.ReferBackWords),
            NonNarrativeSections = new HashSet<string>(file.NonNarrativeSections ?? [], StringComparer.OrdinalIgnoreCase),
            ResultWords = Flags(file.ResultWords),
            SetAsideWords = Flags(file.SetAsideWords),
            TimeReferences = Flags(file.TimeReferences),
            RecallWords = Flags(file.RecallWords),
            FlashbackWords = Flags(file.FlashbackWords),
            RelativeDays = [.. (file.RelativeDays ?? []).Select(d => (Flags(d.Words), d.Offset))],
            RangeStarts = Words(file.RangeStarts),
            RangeEnds = Words(file.RangeEnds),
            BeginWords = Words(file.BeginWords),
            EndedWords = Flags(file.EndedWords),
            Presence = Flags([.. file.PresenceWords ?? [], .. file.ForcesWords ?? []]),
            DepartureVerbs = Flags(file.DepartureVerbs),
            Negators = Words(file.Negators),
            IntentWords = file.IntentWords ?? [],
            JointWords = Words(file.JointWords),
            ModalWords = new HashSet<string>(file.ModalWords ?? [], StringComparer.Ordinal),
            TopicWords = file.TopicWords ?? [],
            EmptyCellWords = Words(file.EmptyCellWords),
            WritingWords = file.WritingWords ?? [],
            PermissionWords = Words(file.PermissionWords),
            AdviceVerbs = Flags(file.AdviceVerbs),
            EnemyMarkers = file.EnemyMarkers ?? [],
            OpposedWords = Words(file.OpposedWords),
            DefenceVerbs = Flags(file.DefenceVerbs),
            Pronouns = Words(file.Pronouns),
            ReportingVerbs = Words(file.ReportingVerbs),
            NameHeads = new HashSet<string>(file.NameHeads ?? [], StringComparer.Ordinal),
            NamePrefixes = new HashSet<string>(file.NamePrefixes ?? [], StringComparer.Ordinal),
            RouteWords = Words(file.RouteWords),
            CrossingWords = Words(file.CrossingWords),
            RouteMeans = Words(file.RouteMeans),
            PeopleWords = Words(file.PeopleWords),
            MissionWords = Words(file.MissionWords),
            RefugeWords = file.RefugeWords ?? [],
        };
    }

    /// <summary>These rules with short forms a document defines for the Soviet side as agents too (<see cref="DefinedAgents"/>);
    /// a short form counts only written as defined ("RA", not "ra").</summary>
    internal ClaimRules WithAgents(IReadOnlyCollection<string> shortForms)
    {
        var rules = (ClaimRules)MemberwiseClone();
        rules.agentNames = [.. agentNames, .. shortForms];
        rules.agents = new(rules.agentNames.Select(a => (a, a)),
            (text, at, phrase) => !shortForms.Contains(phrase) || string.CompareOrdinal(text, at, phrase, 0, phrase.Length) == 0);
        return rules;
    }

    /// <summary>Whether a text names the Soviet side other than as what an act was done to ("the German invasion of the Soviet
    /// Union", "the attack on the USSR"): the side that does something in it.</summary>
    internal bool NamesSovietActor(string text) => Agents.Find(text).Any(a => !ObjectOfAct(text, a.Index));

    private bool ObjectOfAct(string text, int index)
    {
        var before = text[..index].TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4].TrimEnd();
        var space = before.LastIndexOf(' ');
        if (space < 0 || before[(space + 1)..].ToLowerInvariant() is not ("of" or "on" or "against")) return false;
        var act = before[..space].TrimEnd();
        return Acts.Find(act).LastOrDefault() is { } last && last.End == act.Length;
    }

    private static HashSet<string> Words(List<string>? words) => new(words ?? [], StringComparer.OrdinalIgnoreCase);

    // Every tense of each act; a form the file lists itself keeps the file's kind ("attack" listed, and made from "attacked"),
    // and only a form made here can be a gerund that states nothing.
    // "struck a deal", "on the left" (notActs) are no act, though "struck" and "left" are.
    private static PhraseMatcher<T> Inflected<T>(IEnumerable<(string Phrase, T Value)> listed, VerbForms verbs, IEnumerable<(string, T)> others, List<string> notActs)
    {
        var entries = listed.ToList();
        var seen = new HashSet<string>(entries.Select(e => e.Phrase.Trim()), StringComparer.OrdinalIgnoreCase);
        var made = entries.SelectMany(e => verbs.Of(e.Phrase).Where(seen.Add).Select(f => (f, e.Value))).ToList();
        var madeForms = new HashSet<string>(made.Select(m => m.f), StringComparer.OrdinalIgnoreCase);
        return new(entries.Concat(made).Concat(others), (text, at, phrase) => (!madeForms.Contains(phrase) || verbs.States(text, at, phrase))
            && !notActs.Any(n => InNotAct(text, at, phrase, n)));
    }

    // The act stands inside the phrase: at its start ("struck a deal") or further in ("enemies on the left").
    private static bool InNotAct(string text, int at, string phrase, string notAct)
    {
        var offset = notAct.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        if (offset < 0 || at < offset) return false;
        var start = at - offset;
        return string.Compare(text, start, notAct, 0, notAct.Length, StringComparison.OrdinalIgnoreCase) == 0
            && (start == 0 || !char.IsLetterOrDigit(text[start - 1]))
            && (start + notAct.Length == text.Length || !char.IsLetterOrDigit(text[start + notAct.Length]));
    }

    private static PhraseMatcher<bool> Flags(List<string>? words) => new((words ?? []).Select(w => (w, true)));

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new InvalidDataException(message + ".");
    }

    private sealed record RulesFile(
        PeriodFile? Period, List<string>? Agents, List<string>? AgentCountries, List<string>? PassiveMarkers, List<string>? AgentAdjectives, List<string>? AgentAfterEndings,
        List<string>? NegatingPrefixes, List<string>? OwnerWords, List<string>? Subordinators, List<ActFile>? Acts, List<string>? CompoundActs, List<string>? EndActs, List<string>? NotActs,
        Dictionary<string, List<string>>? SupportSides, List<string>? ForcesWords, List<string>? ClauseBreaks, List<string>? DestinationWords, List<string>? PartnerWords, List<string>? JointWords, List<string>? ArrivalWords, List<string>? AgentLandNouns, List<string>? AgentRelationNouns, List<string>? GivingVerbs,
        List<string>? ReferBackWords, List<string>? NonNarrativeSections, List<string>? ResultWords, List<string>? SetAsideWords,
        List<string>? RangeStarts, List<string>? RangeEnds, List<string>? BeginWords, List<string>? EndedWords, List<string>? PresenceWords, List<string>? DepartureVerbs, List<string>? Negators, List<string>? IntentWords, List<string>? ModalWords, List<string>? TopicWords, List<string>? EmptyCellWords, List<string>? WritingWords, List<string>? PermissionWords, List<string>? AdviceVerbs, List<string>? EnemyMarkers, List<string>? OpposedWords, List<string>? DefenceVerbs,
        List<string>? NameHeads, List<string>? NamePrefixes, List<string>? Pronouns, List<string>? ReportingVerbs,
        List<string>? RouteWords, List<string>? CrossingWords, List<string>? RouteMeans, List<string>? PeopleWords, List<string>? MissionWords,
        List<string>? RefugeWords, List<string>? TimeReferences, List<string>? RecallWords, List<RelativeDayFile>? RelativeDays, TableRowWords.WordsFile? TableRows,
        List<string>? FlashbackWords = null);

    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(RulesFile))]
    private sealed partial class RulesJson : JsonSerializerContext;

    private sealed record PeriodFile(int From, int To);

    private sealed record RelativeDayFile(int Offset, List<string> Words);

    private sealed record ActFile(string Kind, List<string> Words);
}
