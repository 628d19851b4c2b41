using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>A dated fact that belongs to no episode (a treaty, a pact), and the episodes it names.</summary>
internal sealed record ContextEventDraft(PartialDate Date, string Text, PassageDraft Passage, IReadOnlyList<BuiltEpisode> Related);

/// <summary>
/// Finds context events among passages no episode took: a dated passage with a context word
/// (treaty, pact, joined …), or a heading that is only a date, whose event is its parent heading
/// ("Soviet-nazi pact" › "Date 23th august 1939"). An event is related to the episodes whose
/// target it names at a date the episode covers.
/// </summary>
internal sealed class ContextEvents(EpisodeRules rules, IReadOnlySet<string> interveners)
{
    private const int MaxTextLength = 300;

    public List<ContextEventDraft> Find(IEnumerable<PassageDraft> unattached, IReadOnlyList<BuiltEpisode> episodes)
    {
        var byCountry = episodes.SelectMany(e => e.Targets.Distinct().Select(t => (Country: t, Episode: e))).ToLookup(x => x.Country, x => x.Episode);
        var found = new List<ContextEventDraft>();
        foreach (var passage in unattached.Where(p => p.Dates.Count > 0 && p.Block.Kind != PassageKind.Caption))
        {
            var text = EventText(passage);
            if (text is null) continue;
            var date = passage.Dates[0].Start;
            var named = passage.Countries.Where(m => !interveners.Contains(m.CountrySlug)).Select(m => m.CountrySlug).ToHashSet();
            var related = named.SelectMany(c => byCountry[c]).Distinct().Where(e => passage.YearSpans.Any(y => e.Overlaps(y.From, y.To))).ToList();
            found.Add(new ContextEventDraft(date, text, passage, related));
        }
        return found;
    }

    private string? EventText(PassageDraft passage)
    {
        if (passage.IsHeading)
        {
            var rest = passage.Text.Remove(passage.Dates[0].Index, passage.Dates[0].Length).Trim(' ', ':', '-', '–', ',');
            var headings = passage.Block.Headings;
            // A heading that is only a date ("Date 23th august 1939") dates its parent heading.
            if (rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 1 && headings.Count >= 2)
                return headings[^2].Text;
            return rules.ContextEventWords.AnyIn(passage.Text) ? passage.Text : null;
        }
        if (!rules.ContextEventWords.AnyIn(passage.Text)) return null;
        return TextCut.AtWord(passage.Text, MaxTextLength);
    }
}
