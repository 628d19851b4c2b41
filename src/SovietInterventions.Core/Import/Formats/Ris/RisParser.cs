using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Html;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Ris;

/// <summary>
/// Reads a RIS citation export (a reading list from EndNote, Zotero, Mendeley or a library catalogue) as a BibTeX file is
/// read: each record is a reference ("Author (year). Title. Journal. Publisher."), never prose, so its authors, title and
/// year date nothing; what a reader wrote about the work, its abstract ("AB", "N2"), notes ("N1") and research notes
/// ("RN"), is prose: paragraphs under a heading of the record's title. Keywords ("KW") are the document's tags. A note
/// kept as HTML (Zotero writes "&lt;p&gt;…&lt;/p&gt;") is read without its markup.
/// </summary>
internal static class RisParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".ris"];

    // The fields a reader writes in: the abstract, notes and research notes.
    private static readonly HashSet<string> ProseTags = new(StringComparer.Ordinal) { "AB", "N2", "N1", "RN" };

    /// <summary>A ".ris" file is RIS (5); so is text made only of records that open with a "TY" line and close with an "ER" line, every
    /// line between them a tag line or the continuation of one and nothing but blank lines between records (5: no other format
    /// writes "TY  - " first).</summary>
    public static int Likeness(DocumentShape shape)
    {
        if (shape.HasExtension(Extensions)) return 5;
        if (shape.Lines.Count == 0 || !IsTag(shape.Lines[0].TrimStart('\uFEFF'), "TY")) return 0;
        var open = false;
        foreach (var line in shape.Lines)
        {
            if (IsTag(line, "TY"))
            {
                if (open) return 0;
                open = true;
            }
            else if (!open) return 0; // an "ER" with no record, or text between records
            else if (IsTag(line, "ER")) open = false;
        }
        return open ? 0 : 5;
    }

    private static bool IsTag(string line, string tag) => RisRecords.IsTagLine(line) && RisRecords.Tag(line) == tag;

    public static ParsedDocument Parse(SourceText source)
    {
        var outline = new OutlineBlocks();
        var title = Path.GetFileNameWithoutExtension(source.FileName);
        outline.AddHeading(title, 1, 1);
        var references = new List<string>();
        var keywords = new List<string>();
        foreach (var record in RisRecords.Read(source.Text))
        {
            var reference = Reference(record);
            references.Add(reference);
            keywords.AddRange(record.Values("KW"));
            var prose = record.Fields.Where(f => ProseTags.Contains(f.Tag))
                .SelectMany(f => Paragraphs(f.Value).Select(text => (Text: text, f.Line))).ToList();
            if (prose.Count == 0) continue;
            outline.AddHeading(record.First("TI", "T1", "CT") ?? record.First("ID") ?? reference, 2, record.Line);
            foreach (var (text, line) in prose) outline.AddText(PassageKind.Paragraph, text, line);
        }
        return new ParsedDocument(source.FileName, title, SourceFormat.Ris, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title, Tags = keywords.Distinct(StringComparer.OrdinalIgnoreCase).ToList() },
            References = [.. references, .. outline.References],
        };
    }

    // "Baabar (1999). History of Mongolia. White Horse Press."; old RIS writes the year as "1999///" or "1999/07/06/".
    private static string Reference(RisRecord record)
    {
        var authors = record.Values("AU", "A1");
        if (authors.Count == 0) authors = record.Values("ED", "A2");
        var author = authors.Count > 0 ? string.Join("; ", authors) : null;
        var year = record.First("PY", "Y1", "DA")?.Split('/')[0].Trim() is { Length: > 0 } y ? y : null;
        var parts = new[]
        {
            author is null ? null : year is null ? author : $"{author} ({year})",
            record.First("TI", "T1", "CT"),
            record.First("T2", "JO", "JF", "JA", "BT"),
            record.First("PB"),
        };
        var reference = string.Join(". ", parts.Where(p => p is not null).Select(p => p!.TrimEnd('.')));
        return reference.Length > 0 ? reference + "." : record.Type;
    }

    // A field's paragraphs: a note kept as HTML is read without its markup, its paragraphs apart.
    private static IEnumerable<string> Paragraphs(string value) =>
        FragmentPage.PlainText(value).Split("\n\n").Select(ProseText.Squash).Where(p => p.Length > 0);
}
