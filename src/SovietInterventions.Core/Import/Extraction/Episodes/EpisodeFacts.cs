using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Extraction.Episodes;

/// <summary>What an episode page says about an episode, worked out from its passages.</summary>
public sealed record EpisodeFacts(
    EpisodeKind Kind, string Title, string Summary, string? Discrepancy,
    IReadOnlyList<(string Country, CountryRole Role)> Countries,
    IReadOnlyList<(ActorMention Actor, PassageDraft Passage)> Actors,
    IReadOnlyList<EventDraft> Events);

/// <summary>
/// Classifies an episode, names it, summarises it, and gathers its actors, participants and events.
/// The kind is the rule of data/episode-rules.json whose words occur most often in the episode's
/// passages; a tie goes to the rule listed first, and no word at all gives the file's default kind.
/// </summary>
public sealed class EpisodeFactsReader(EpisodeRules rules, EpisodeEvents events, Gazetteer gazetteer, IReadOnlySet<string> interveners)
{
    private const int SummaryLength = 420;

    public EpisodeFacts Read(EpisodeDraft episode)
    {
        var prose = episode.Passages.Where(p => !p.IsHeading).ToList();
        var found = events.Find(episode);
        if (!episode.DefinedBy.Any(d => d.Source.Contains("(heading", StringComparison.Ordinal)))
            WidenToEvents(episode, found);

        return new EpisodeFacts(
            Kind(prose),
            $"{episode.Place} ({Years(episode)})",
            Summary(prose),
            Discrepancy(episode, found),
            Countries(episode, prose),
            Actors(prose),
            found);
    }

    public static string Years(EpisodeDraft episode) =>
        episode.StartYear == episode.EndYear ? $"{episode.StartYear}" : $"{episode.StartYear}–{episode.EndYear}";

    private EpisodeKind Kind(List<PassageDraft> prose)
    {
        var text = string.Join("\n", prose.Select(p => p.Text));
        var best = rules.Kinds.Select((rule, order) => (rule.Kind, Score: rule.Words.CountIn(text), order))
            .OrderByDescending(k => k.Score).ThenBy(k => k.order).First();
        return best.Score > 0 ? best.Kind : rules.DefaultKind;
    }

    private static string Summary(List<PassageDraft> prose)
    {
        var first = prose.FirstOrDefault(p => p.Block.Kind != PassageKind.Caption) ?? prose.FirstOrDefault();
        if (first is null) return "";
        var summary = "";
        foreach (var sentence in ProseText.SplitSentences(first.Text))
        {
            if (summary.Length > 0 && summary.Length + sentence.Length > SummaryLength) break;
            summary = summary.Length == 0 ? sentence : summary + " " + sentence;
        }
        return summary.Length <= SummaryLength * 2 ? summary : TextCut.AtWord(summary, SummaryLength);
    }

    private string? Discrepancy(EpisodeDraft episode, List<EventDraft> found)
    {
        var disagreement = Merging.EpisodeMerger.YearsDisagreement(episode);
        if (disagreement is not null) return disagreement;
        // Aftermath after the last year is normal; action dated before the first year means the sources disagree.
        var outside = found.FirstOrDefault(e => e.Date.Year < episode.StartYear && rules.InterventionWords.AnyIn(e.Text));
        if (outside is null) return null;
        return $"The source dates this episode {Years(episode)}, but its text also dates military or political action to {outside.Date.Year}: \"{outside.Text}\"";
    }

    private List<(string, CountryRole)> Countries(EpisodeDraft episode, List<PassageDraft> prose)
    {
        var roles = episode.Targets.Select(t => (t, CountryRole.Target)).ToList();
        // A participant acts beside the Soviets: named with them in a sentence about troops or fighting.
        var related = episode.Targets.SelectMany(t => gazetteer.Country(t)?.Successors ?? []).Concat(episode.Targets).ToHashSet();
        var participants = prose
            .SelectMany(p => ProseText.SplitSentences(p.Text).Where(rules.ParticipantWords.AnyIn).Select(s => (p, s)))
            .Where(x => x.p.Countries.Any(m => interveners.Contains(m.CountrySlug) && x.s.Contains(m.Text, StringComparison.Ordinal)))
            .SelectMany(x => x.p.Countries.Where(m => x.s.Contains(m.Text, StringComparison.Ordinal)))
            .Where(m => m.Form != MentionForm.Place && !interveners.Contains(m.CountrySlug) && !related.Contains(m.CountrySlug))
            .Select(m => m.CountrySlug).Distinct().Order(StringComparer.Ordinal);
        roles.AddRange(participants.Select(c => (c, CountryRole.Participant)));
        return roles;
    }

    // One link per actor: the first specific role the text gives ("leader deposed"), else "involved".
    private static List<(ActorMention, PassageDraft)> Actors(List<PassageDraft> prose) =>
        prose.SelectMany(p => p.Actors.Select(a => (Actor: a, Passage: p)))
            .GroupBy(x => x.Actor.ActorSlug)
            .Select(g => g.FirstOrDefault(x => x.Actor.Role != "involved", g.First()))
            .OrderBy(x => x.Actor.ActorSlug, StringComparer.Ordinal)
            .ToList();

    private static void WidenToEvents(EpisodeDraft episode, List<EventDraft> found)
    {
        foreach (var e in found.Where(e => episode.Overlaps(e.Date.Year, e.Date.Year, slack: 1)))
        {
            if (e.Date.Year < episode.StartYear) episode.Start = new PartialDate(e.Date.Year);
            if (e.Date.Year > episode.EndYear) episode.End = new PartialDate(e.Date.Year);
        }
    }
}
