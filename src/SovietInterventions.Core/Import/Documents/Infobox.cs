namespace SovietInterventions.Core.Import.Documents;

/// <summary>
/// One infobox of a document: the facts that stand in one section, and that section (the nearest heading above them; none when
/// they open the document). It speaks for the passages under that section: a wiki export of several pages has an infobox per
/// page, and each page's belongs to that page's episode alone.
/// </summary>
public sealed record Infobox(IReadOnlyList<DocumentFact> Facts, Heading? Section)
{
    public bool Covers(Block block) => Section is null || block.Headings.Contains(Section);

    // Each stage asks for a document's infoboxes once per episode: they are worked out once per document.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ParsedDocument, IReadOnlyList<Infobox>> Found = [];

    public static IReadOnlyList<Infobox> Of(ParsedDocument document) =>
        document.Facts.Count == 0 ? [] : Found.GetValue(document, Group);

    private static IReadOnlyList<Infobox> Group(ParsedDocument document)
    {
        var headings = document.Blocks.Where(b => b.Kind == Model.PassageKind.Heading && b.Section is not null).Select(b => b.Section!).OrderBy(h => h.Line).ToList();
        var lines = headings.Select(h => h.Line).ToList();
        // The nearest heading at or above a fact's line, by binary search over the headings in line order.
        Heading? Above(DocumentFact fact)
        {
            var at = lines.BinarySearch(fact.Line);
            var index = at >= 0 ? at : ~at - 1;
            return index >= 0 ? headings[index] : null;
        }
        return [.. document.Facts.GroupBy(Above).Select(g => new Infobox([.. g], g.Key))];
    }
}
