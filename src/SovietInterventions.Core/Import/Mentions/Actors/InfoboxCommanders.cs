using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions.Dates;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// The people a wiki infobox names in its <c>commander1</c>, <c>commander2</c> ... fields are commanders of the episode
/// the document tells (the episode of the section the infobox stands in), as if a passage there named them: in the column whose combatants are the Soviet side,
/// one learned from the texts, of no known country, is a Soviet commander; the others' sides come from data/actors.json.
/// </summary>
internal static class InfoboxCommanders
{
    public static IEnumerable<(PassageDraft Passage, string Text, IReadOnlyList<DatePhrase> Dates, IReadOnlyList<ActorMention> Actors)> Of(
        IEnumerable<PassageDraft> passages, ActorFinder actors, Func<string, bool> namesSovietSide)
    {
        var read = passages.Where(p => p.Document.Facts.Count > 0).ToList();
        foreach (var (infobox, passage) in read.Select(p => p.Document).Distinct()
            .SelectMany(d => Infobox.Of(d).Select(i => (i, read.FirstOrDefault(p => p.Document == d && i.Covers(p.Block))))))
        {
            if (passage is null) continue;
            var facts = infobox.Facts;
            var soviet = InfoboxColumns.Soviet(facts, namesSovietSide);
            foreach (var fact in facts.Where(f => InfoboxColumns.Column(f.Name, "commander") is not null))
            {
                var sovietColumn = soviet is not null && InfoboxColumns.Column(fact.Name, "commander") == soviet;
                var found = actors.Find(fact.Value, ActorRoles.Commander)
                    .Select(m => sovietColumn && m.Discovered && m.Role == ActorRoles.Commander && m.Side is null ? m with { Role = ActorRoles.SovietCommander } : m).ToList();
                yield return (passage, fact.Value, [], found);
            }
        }
    }

    /// <summary>The values of a document's commander fields.</summary>
    public static IEnumerable<string> Values(Documents.ParsedDocument document) =>
        document.Facts.Where(f => InfoboxColumns.Column(f.Name, "commander") is not null).Select(f => f.Value);

}
