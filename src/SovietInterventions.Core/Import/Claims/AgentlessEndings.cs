using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// "withdrawal completed 15 Feb 1989" in notes: a dated ending naming no agent and no other place ends the claim before it
/// in its section, or a few paragraphs on under the heading it was told under.
/// </summary>
internal sealed class AgentlessEndings(ClaimRules rules, CountryFinder countries, IReadOnlySet<string> interveners)
{
    private const int NearbyPassages = 12;

    /// <summary>The ending a sentence states of the claim before it, or null.</summary>
    public Claim? Read(PassageDraft passage, int index, string sentence, List<DatePhrase> found, Claim? previous)
    {
        if (previous is null || found.Count == 0 || !EndsStoryOf(previous, passage)) return null;
        var end = rules.Acts.Find(sentence).FirstOrDefault(a => a.Value.Role == ActRole.End);
        // An agent after the ending ("…, and the last commander of the 40th Army walked home") is not its subject; another people
        // before it is ("The Americans left the south in 1949").
        if (end is not null && (rules.Agents.Find(sentence).Any(a => a.Index < end.End) || OtherPeopleBefore(OwnClause(sentence[..end.Index]), previous))) return null;
        // "after the Geneva Accords", "the bridge at Termez": a place in a name or on the Soviet side is no other place.
        if (end is null || countries.Find(sentence).Any(m => !previous.Targets.Contains(m.CountrySlug) && !interveners.Contains(m.CountrySlug)
            && !rules.AgentCountries.Contains(m.CountrySlug) && !ClaimPlaces.StartsName(sentence, m))) return null;
        var date = DateRanges.Nearest(found, end.Index)!;
        // "the withdrawal began in May 1988, and … on 15 February 1989": an ending that only began lasts to the last date after it.
        var last = DateRanges.EndOfBegun(sentence, end.Index, end.End, date.End ?? date.Start, found, rules) ?? date.End;
        return new Claim(passage, index, sentence, previous.Agent, end.Text, end.Value.Kind, ActRole.End, previous.Targets, [], date.Start,
            last is { } l && l.CompareTo(date.Start) > 0 ? l : date.End, true, null);
    }

    // "Once the Americans had landed in the south, the last garrison left": the subject is in the ending's own clause.
    private static string OwnClause(string before) => before[(before.LastIndexOfAny([',', ';', ':']) + 1)..];

    // "The Americans", "Cubans": a people named by its country's adjective in the plural, of a country the claim is not about.
    private bool OtherPeopleBefore(string text, Claim previous) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',', ';', ':'))
            .Where(w => w.Length > 3 && w[^1] == 's' && char.IsUpper(w[0]))
            .SelectMany(w => countries.Find(w[..^1]).Where(m => m.Index == 0 && m.Length == w.Length - 1))
            .Any(m => m.Form == MentionForm.Adjective && !previous.Targets.Contains(m.CountrySlug) && !interveners.Contains(m.CountrySlug));

    /// <summary>An ending a few paragraphs after a claim, under its heading or the heading above it (a callout or sub-heading told the act).</summary>
    public static bool EndsStoryOf(Claim previous, PassageDraft passage) =>
        passage.Position - previous.Passage.Position <= NearbyPassages
        && (previous.Passage.Block.Section == passage.Block.Section || passage.Block.Section is { } section && previous.Passage.Block.Headings.Contains(section));
}
