using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Writing;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>What an episode page says about an episode, worked out from its claims and passages.</summary>
public sealed record EpisodeFacts(
    EpisodeKind Kind, string Title, string Summary, string? Discrepancy,
    IReadOnlyList<(string Country, CountryRole Role, PassageDraft? Passage)> Countries,
    IReadOnlyList<EpisodeActorChoice<PassageDraft>> Actors,
    IReadOnlyList<TimelineEvent<PassageDraft>> Events)
{
    public SovietSide? Side { get; init; }
    public string? CommonName { get; init; }
    public IReadOnlyList<LeadDraft> Lead { get; init; } = [];
    public IReadOnlyList<InfoboxDraft> Infobox { get; init; } = [];
    /// <summary>The passages that tell the Soviet side's part: those stating, mentioning or naming its act in the episode's place and
    /// years, and those the lead and infobox cite (an article on the episode, or another story's section, is read only for these: <see cref="Narrative"/>).</summary>
    public IReadOnlySet<PassageDraft> Told { get; init; } = new HashSet<PassageDraft>();
}

/// <summary>
/// Classifies an episode, names it, chooses its lead and infobox, and gathers its countries in their roles,
/// its actors and its events. It reads the episode the episode stage built and never changes it.
/// </summary>
internal sealed class EpisodeFactsReader(EpisodeRules rules, DateFinder dates, EpisodeEvents events, Gazetteer gazetteer, IReadOnlySet<string> interveners, ActorFinder actors,
    ILookup<PassageDraft, Claim> claimsIn)
{
    private const int SummaryLength = 420;
    private readonly EpisodeActorRoles actorRoles = new(gazetteer, rules.Claims.NamesSovietActor, rules.StatesAnAct);

    internal EpisodeFacts Read(BuiltEpisode episode)
    {
        var claims = episode.Claims;
        var prose = episode.Passages.Where(p => !p.IsHeading).ToList();
        var found = events.Find(episode);
        var kind = EpisodeKinds.Kind(claims, rules, string.Join("\n", prose.Select(p => p.Text)), new HeldLand(episode.Targets, gazetteer, rules.Claims), episode.StartYear);
        var stated = EpisodeKinds.StatedSide(claims);
        var lead = EpisodeLead.Choose(episode, claims, rules.Claims, gazetteer.Peoples, isCity: gazetteer.IsCity);
        var countries = new CountryRoles(gazetteer, interveners).Of(episode, claims, stated?.Side, kind);
        var aided = countries.Where(c => c.Role == CountryRole.SupportedGovernment).Select(c => c.Country).ToHashSet();
        // The states the sources say fought the Soviet side ("a war fought by Finland … against the Soviet Union"): their forces are its opponents.
        var fought = claims.Where(c => c.Role == ActRole.Defence).SelectMany(c => c.Targets).ToHashSet();
        lead = LeadFrame.Frame(episode, lead, kind, Names(countries, CountryRole.Target), Names(countries, CountryRole.SupportedGovernment), rules.KindLooks, gazetteer.IsCity);
        var places = gazetteer.WithKin(episode.Targets).ToHashSet(StringComparer.Ordinal);
        var infobox = new EpisodeInfobox(rules.Claims, actors, dates).Build(episode, claims, stated, kind)
            .Where(r => r.Field != InfoboxField.Result || !lead.Any(l => l.Text.StartsWith(r.Value.TrimEnd('\u2026', '.', ' '), StringComparison.Ordinal))).ToList();
        return new EpisodeFacts(
            kind,
            $"{EpisodeTitle.Unnumbered(episode.Place)} ({Years(episode)})",
            lead.Count > 0 ? string.Join(" ", lead.Select(l => l.Text)) : Summary(prose),
            Discrepancy(episode, found, claims),
            countries,
            actorRoles.For(prose.Select(p => (p, p.Text, p.Dates, p.Actors)).Concat(InfoboxCommanders.Of(prose, actors, rules.Claims.Agents.AnyIn)), episode.StartYear, episode.EndYear, episode.Targets, aided, fought),
            Timeline(found, episode))
        {
            Side = EpisodeKinds.Side(kind, claims),
            CommonName = EpisodeTitle.AsName(episode.CommonName),
            Lead = lead,
            // The lead already says a sentence the infobox would give as the result.
            Infobox = infobox,
            Told = episode.Passages.Concat(episode.SharedPassages).Where(p => TellsSovietAct(p, episode, places))
                .Concat(lead.Select(l => l.Passage)).Concat(infobox.Select(r => r.Passage)).ToHashSet(),
        };
    }

    // "Babrak Karmal … was installed by the Soviets": any claim in the passage, not only the episode's own claims (those of the
    // documents that defined it), about its place or a state before or after it, within a year of the episode's years when its
    // own sentence dates it (the bases demanded in 1939 lead to the occupation of 1940; a section's years may run past the episode's).
    // A name or mention of the act tells it only with its own date ("the Soviet Union's … Offensive in June 1944"): undated, it is
    // commentary ("fearing Soviet intervention"), which an editor's recount found mostly restating or about another side.
    private bool TellsSovietAct(PassageDraft passage, BuiltEpisode episode, IReadOnlySet<string> places) =>
        claimsIn[passage].Any(c => (c.Form == ClaimForm.Statement || c.DatedInSentence) && c.Role is ActRole.Intervention or ActRole.End or ActRole.Defence
            && (c.Targets.Count == 0 || c.Targets.Any(places.Contains))
            && (c.Year is null || !c.DatedInSentence || episode.Overlaps(c.Year.Value, c.LastYear ?? c.Year.Value, slack: 1)));

    // The timeline: events by date and, on one date, in the order the documents tell them, each told once (Repeats).
    private List<TimelineEvent<PassageDraft>> Timeline(List<EventDraft> found, BuiltEpisode episode)
    {
        var documents = DocumentOrder(episode);
        var ordered = found.OrderBy(e => e.Date.ToIso(), StringComparer.Ordinal)
            .ThenBy(e => documents.GetValueOrDefault(e.Passage.Document)).ThenBy(e => e.Passage.Position).ThenBy(e => At(e))
            .Select(e => new TimelineEvent<PassageDraft>(e.Date, e.Text, [e.Passage]));
        // An event folded into a more precise telling takes that telling's date, and its place by it.
        return [.. Repeats.Fold(ordered, s => SovietActs.Involve(s, rules.Claims), s => SovietActs.Words(s, rules.Claims), s => SovietActs.Kinds(s, rules.Claims))
            .OrderBy(e => e.Date.ToIso(), StringComparer.Ordinal)];
    }

    // The narrative's order of documents: the one with most of the episode's passages first, then by title.
    private static Dictionary<ParsedDocument, int> DocumentOrder(BuiltEpisode episode) =>
        episode.Passages.GroupBy(p => p.Document).OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Attribution.Title ?? g.Key.Title, StringComparer.Ordinal)
            .Select((g, i) => (g.Key, i)).ToDictionary(x => x.Key, x => x.i);

    // Where in its passage an event's sentence stands; one that opens with the sentence before its passage (a sentence
    // pointing back, told after the one it points to) stands before the passage's first.
    private static int At(EventDraft e) => e.Passage.Text.IndexOf(e.Text[..Math.Min(e.Text.Length, OpeningLength)], StringComparison.Ordinal);

    private const int OpeningLength = 40;

    private List<string> Names(IEnumerable<(string Country, CountryRole Role, PassageDraft? Passage)> countries, CountryRole role) =>
        [.. countries.Where(c => c.Role == role).Select(c => gazetteer.Country(c.Country)?.Name ?? c.Country)];

    public static string Years(BuiltEpisode episode) =>
        episode.StartYear == episode.EndYear ? $"{episode.StartYear}" : $"{episode.StartYear}–{episode.EndYear}";

    private static string Summary(List<PassageDraft> prose)
    {
        // A table's or a map layer's row ("country then: Latvia; soviet: true; start: 1940-06-17") is data, not a summary: the
        // first sentence of prose is, where there is one.
        var first = prose.FirstOrDefault(p => p.Block.Kind != PassageKind.Caption && !LabelledRows.IsRow(p.Text))
            ?? prose.FirstOrDefault(p => p.Block.Kind != PassageKind.Caption) ?? prose.FirstOrDefault();
        if (first is null) return "";
        var summary = "";
        foreach (var sentence in ProseText.SplitSentences(first.Text))
        {
            if (summary.Length > 0 && summary.Length + sentence.Length > SummaryLength) break;
            summary = summary.Length == 0 ? sentence : summary + " " + sentence;
        }
        return summary.Length <= SummaryLength * 2 ? summary : TextCut.AtWord(summary, SummaryLength);
    }

    private string? Discrepancy(BuiltEpisode episode, List<EventDraft> found, IReadOnlyList<Claim> claims)
    {
        var disagreement = YearsDisagreement(episode);
        if (disagreement is not null) return disagreement;
        // Aftermath after the last year is normal; action dated to a month or day before the first year means the sources disagree.
        // Only the Soviet side's own acts compare ("the Bay of Pigs Invasion in May 1961" is another side's).
        var outside = found.FirstOrDefault(e => e.Date.Precision != DatePrecision.Year && e.Date.Year < episode.StartYear && rules.InterventionWords.AnyIn(e.Text)
            && claims.Any(c => c.Role == ActRole.Intervention && c.Form == ClaimForm.Statement && (c.Sentence.Contains(e.Text, StringComparison.Ordinal) || e.Text.Contains(c.Sentence, StringComparison.Ordinal))));
        if (outside is null) return null;
        return $"The source dates this episode {Years(episode)}, but its text also dates military or political action to {outside.Date.Year}: \"{outside.Text}\"";
    }

    private static string? YearsDisagreement(BuiltEpisode episode)
    {
        // Sentences of one article dating parts of an episode differently are not sources disagreeing.
        var byDocument = episode.DefinedBy.GroupBy(d => d.Document).ToList();
        if (byDocument.Count < 2 || byDocument.Select(g => string.Join(",", g.Select(d => d.Years).Distinct().Order())).Distinct().Count() < 2)
            return null;
        return "The sources give different years: " + string.Join("; ", episode.DefinedBy.Select(d => $"{d.Source} gives {d.Years}")) + ".";
    }
}
