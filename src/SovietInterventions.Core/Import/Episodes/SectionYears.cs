using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// The years of the nearest heading above a passage that gives any ("The Potsdam Conference, July-August 1945" above
/// "Examples"): the time its section tells. The document's title, which spans its whole subject, is no section's; nor is a
/// day of the writer's journal ("2025-01-15 Wed") or a postscript's date, outside the period the encyclopedia covers.
/// </summary>
internal sealed class SectionYears(IEnumerable<PassageDraft> all, ClaimRules rules)
{
    private readonly Dictionary<(ParsedDocument, int), List<(int From, int To)>> headings = all
        .Where(p => p.IsHeading && p.Text != p.Document.Title)
        .GroupBy(p => (p.Document, p.Block.Line))
        .ToDictionary(g => g.Key, g => g.First().OwnYears.Where(y => rules.InPeriod(y.From) && rules.InPeriod(y.To)).ToList());

    /// <summary>The section's years, or none when no heading above the passage gives any.</summary>
    public List<(int From, int To)> Of(PassageDraft passage) => passage.Block.Headings.Reverse()
        .Select(h => headings.GetValueOrDefault((passage.Document, h.Line)))
        .FirstOrDefault(years => years is { Count: > 0 }) ?? [];

    /// <summary>Whether the episode's years meet one of the section's, give or take <paramref name="slack"/> years.</summary>
    public static bool Tells(List<(int From, int To)> section, EpisodeDraft episode, int slack = 0) => section.Any(s => episode.Overlaps(s.From, s.To, slack));

    /// <summary>Years within a year of one of the section's.</summary>
    public static bool Within(List<(int From, int To)> section, int from, int to) => section.Any(s => from <= s.To + 1 && to >= s.From - 1);
}
