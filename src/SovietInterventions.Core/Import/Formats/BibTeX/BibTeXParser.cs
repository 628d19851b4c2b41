using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.LaTeX;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.BibTeX;

/// <summary>
/// Reads a BibTeX file (a reading list, a Zotero or JabRef export): each entry is a reference ("Author (year). Title.
/// Publisher."), never prose, so its author, title and year date nothing; what a reader wrote about the work, its
/// "annote" (or "annotation"), "abstract" and "note" fields, is prose: paragraphs under a heading of the entry's title.
/// Braces and LaTeX escapes are unwrapped as <see cref="LaTeXText"/> reads them ("{\'S}" → "Ś", "1865--1924" → "1865–1924").
/// </summary>
internal static class BibTeXParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".bib"];

    // The fields a reader writes in, in the order they are read.
    private static readonly string[] ProseFields = ["abstract", "annote", "annotation", "note"];

    /// <summary>A ".bib" file is BibTeX (5); so is text of which an "@type{key," line opens several entries (3), unless they stand in a
    /// fenced code block: a dataset's README ends with "```bibtex" and how to cite it, which makes it no reading list.</summary>
    public static int Likeness(DocumentShape shape)
    {
        if (shape.HasExtension(Extensions)) return 5;
        var (entries, fenced) = (0, false);
        foreach (var line in shape.Lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal)) fenced = !fenced;
            else if (!fenced && line.StartsWith('@') && line.Contains('{') && line.TrimEnd().EndsWith(',')
                && line[1..line.IndexOf('{')].Trim().All(char.IsAsciiLetter)) entries++;
        }
        return entries >= 2 ? 3 : 0;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var outline = new OutlineBlocks();
        var title = Path.GetFileNameWithoutExtension(source.FileName);
        outline.AddHeading(title, 1, 1);
        var references = new List<string>();
        foreach (var entry in BibTeXEntries.Read(source.Text))
        {
            references.Add(Reference(entry));
            var prose = ProseFields.SelectMany(name => entry.Fields.Where(f => f.Name == name))
                .Select(f => (Text: LaTeXText.Plain(f.Value), f.Line)).Where(f => f.Text.Length > 0).OrderBy(f => f.Line).ToList();
            if (prose.Count == 0) continue;
            var heading = Plain(entry["title"]) ?? entry.Key;
            outline.AddHeading(heading, 2, entry.Line);
            foreach (var (text, line) in prose) outline.AddText(PassageKind.Paragraph, text, line);
        }
        return new ParsedDocument(source.FileName, title, SourceFormat.BibTeX, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = [.. references, .. outline.References],
        };
    }

    // "Becker, Seymour (1968). Russia's Protectorates in Central Asia. Harvard University Press."
    private static string Reference(BibTeXEntry entry)
    {
        var author = Plain(entry["author"]) ?? Plain(entry["editor"]);
        var year = Plain(entry["year"]) ?? Plain(entry["date"]);
        var parts = new[]
        {
            author is null ? null : year is null ? author : $"{author} ({year})",
            Plain(entry["title"]),
            Plain(entry["booktitle"]) ?? Plain(entry["journal"]),
            Plain(entry["publisher"]) ?? Plain(entry["institution"]) ?? Plain(entry["school"]),
        };
        var reference = string.Join(". ", parts.Where(p => p is not null));
        return reference.Length > 0 ? reference + "." : entry.Key;
    }

    private static string? Plain(string? value)
    {
        if (value is null) return null;
        var text = LaTeXText.Plain(value).TrimEnd('.');
        return text.Length > 0 ? text : null;
    }
}
