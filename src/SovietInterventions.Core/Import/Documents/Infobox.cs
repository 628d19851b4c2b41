namespace SovietInterventions.Core.Import.Documents;

/// <summary>
/// One infobox of a document: the facts that stand in one section, and that section (the nearest heading above them; none when
/// they open the document). It speaks for the passages under that section: a wiki export of several pages has an infobox per
/// page, and each page's belongs to that page's episode alone.
/// </summary>
public sealed record Infobox(IReadOnlyList<DocumentFact> Facts, Heading? Section)
{
    public bool Covers(Block block) => Section is null || block.Headings.Contains(Section);

    public static IReadOnlyList<Infobox> Of(ParsedDocument document)
    {
        if (document.Facts.Count == 0) return [];
        var headings = document.Blocks.Where(b => b.Kind == Model.PassageKind.Heading && b.Section is not null).Select(b => b.Section!).ToList();
        return [.. document.Facts.GroupBy(f => headings.LastOrDefault(h => h.Line <= f.Line))
            .Select(g => new Infobox([.. g], g.Key))];
    }
}
