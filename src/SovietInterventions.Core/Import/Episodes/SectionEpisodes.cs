using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// Makes one episode of every section whose heading names one, with exactly the heading's years
/// and places; the section's blocks (and its subsections', unless they name an episode of their own)
/// become its passages.
/// </summary>
internal sealed class SectionEpisodes(DateFinder dates, CountryFinder countries, IReadOnlySet<string> interveners, PassageOwners owners, Func<string, bool> isName)
{
    public IReadOnlyList<EpisodeDraft> Find(IReadOnlyList<PassageDraft> document)
    {
        var episodes = new Dictionary<Heading, EpisodeDraft>();
        var result = new List<EpisodeDraft>();
        foreach (var passage in document)
        {
            if (passage.IsHeading && passage.Block.Section is { } heading && !episodes.ContainsKey(heading))
            {
                var named = EpisodeHeading.TryRead(heading, dates, countries, interveners, isName);
                if (named is not null)
                {
                    var draft = new EpisodeDraft { Place = named.Place, Targets = [.. named.Targets], Start = named.Start, End = named.End, CommonName = named.Name, Owners = owners, WinterAcrossYears = named.WinterAcrossYears };
                    draft.DefinedBy.Add((passage.Document.FileName, $"{passage.Document.FileName} (heading \"{heading.Text}\")", named.Years));
                    episodes[heading] = draft;
                    result.Add(draft);
                }
            }

            // The innermost heading above the block that names an episode owns it.
            for (var i = passage.Block.Headings.Count - 1; i >= 0; i--)
            {
                if (!episodes.TryGetValue(passage.Block.Headings[i], out var owner)) continue;
                owner.Add(passage);
                break;
            }
        }
        return result;
    }
}
