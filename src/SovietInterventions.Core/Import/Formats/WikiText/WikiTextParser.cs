using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.WikiText;

/// <summary>
/// Parses a MediaWiki article: the markup is rendered first (<see cref="WikiMarkup"/>: templates, references,
/// infobox facts, links), then "= Title =" down to "==== Section ====" at any depth, one paragraph per line,
/// "*", "#" or "-" list items, citation marks removed. "See also", "References", "Notes" … sections give
/// references, not blocks. A DokuWiki page is first written as the MediaWiki it means (<see cref="DokuWiki"/>).
/// </summary>
internal static partial class WikiTextParser
{
    /// <summary>A document with a "== heading ==" line that opens with one or with a "{{template" (an infobox, a short
    /// description), or that has two such headings, is wikitext (3).</summary>
    public static int Likeness(DocumentShape shape)
    {
        var headings = shape.Lines.Count(l => TryReadHeading(l, out _, out _));
        var opens = shape.Lines.Count > 0 && (TryReadHeading(shape.Lines[0], out _, out _) || shape.Lines[0].StartsWith("{{", StringComparison.Ordinal));
        return (headings > 0 && opens) || headings >= 2 ? 3 : 0;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var page = source.Text;
        if (DokuWiki.Looks(page.Split('\n'))) page = DokuWiki.AsMediaWiki(page);
        // A talk page's signature dates the comment, not anything in it.
        page = TalkSignature().Replace(page, "");
        var markup = new WikiMarkup(page);
        var lines = WikiTables.AsRows(markup.Render().Split('\n'));
        var headings = new List<Heading>();
        var blocks = new List<Block>();
        var warnings = new List<string>();
        var references = markup.References;
        string? title = null;
        int? referenceLevel = null;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var lineNumber = i + 1;
            if (line.Length == 0 || IsTableMarkup(line) || IsMagicWord(line)) continue;

            if (TryReadHeading(line, out var level, out var text))
            {
                if (referenceLevel is { } within && level > within) continue;
                referenceLevel = level > 1 && ReferenceSections.IsReferenceHeading(text) ? level : null;
                if (referenceLevel is not null) continue;
                if (level == 1 && title is null) title = text;
                else if (headings.Count > 0 && level > headings[^1].Level + 1)
                    warnings.Add($"{source.FileName}:{lineNumber}: heading \"{text}\" skips a level.");
                headings.RemoveAll(h => h.Level >= level);
                var heading = new Heading(text, level, lineNumber);
                headings.Add(heading);
                blocks.Add(new Block(PassageKind.Heading, text, lineNumber, headings.ToArray(), level));
                continue;
            }

            var (kind, depth, body) = ListItem(TableRow(line));
            var clean = ProseText.RemoveCitations(body);
            if (clean.Length == 0) continue;
            if (referenceLevel is not null) references.Add(clean);
            else blocks.Add(new Block(kind, clean, lineNumber, headings.ToArray(), depth));
        }

        return new ParsedDocument(source.FileName, title ?? Path.GetFileNameWithoutExtension(source.FileName), SourceFormat.WikiText, blocks, warnings)
        {
            Sha256 = source.Sha256,
            Facts = markup.Facts,
            References = references,
        };
    }

    /// <summary>Reads "== Text ==" (the same number of '=' on both sides) as a heading of that level.</summary>
    public static bool TryReadHeading(string line, out int level, out string text)
    {
        level = 0;
        text = "";
        line = line.Trim();
        if (BannerHeading.IsFileBanner(line)) return false;
        var open = 0;
        while (open < line.Length && line[open] == '=') open++;
        var close = 0;
        while (close < line.Length - open && line[line.Length - 1 - close] == '=') close++;
        if (open == 0 || open != close || open > 6) return false;
        text = ProseText.RemoveCitations(line[open..^close].Trim());
        level = open;
        return text.Length > 0;
    }

    private static (PassageKind Kind, int Depth, string Body) ListItem(string line)
    {
        // ":", "::", ":::" indent a reply on a talk page (or a quotation): the indent is layout, not text.
        line = line.TrimStart(':').TrimStart();
        var marks = 0;
        while (marks < line.Length && line[marks] is '*' or '#') marks++;
        if (marks > 0) return (PassageKind.ListItem, marks - 1, line[marks..].Trim());
        if (line.StartsWith("- ", StringComparison.Ordinal)) return (PassageKind.ListItem, 0, line[2..].Trim());
        return (PassageKind.Paragraph, 0, line);
    }

    // "{|", "|-", "|}" and "|+" open, separate and close a wiki table; they hold no words.
    private static bool IsTableMarkup(string line) =>
        line.StartsWith("{|", StringComparison.Ordinal) || line.StartsWith("|-", StringComparison.Ordinal)
        || line.StartsWith("|}", StringComparison.Ordinal) || line.StartsWith("|+", StringComparison.Ordinal);

    private static bool IsMagicWord(string line) =>
        line.Length > 4 && line.StartsWith("__", StringComparison.Ordinal) && line.EndsWith("__", StringComparison.Ordinal);

    // "| Budapest || 1956" (a table row) reads "Budapest; 1956".
    private static string TableRow(string line)
    {
        if (line[0] is not ('|' or '!')) return line;
        var cells = line[1..].Split(["||", "!!"], StringSplitOptions.TrimEntries).Where(c => c.Length > 0);
        return TableCells.Join(cells);
    }

    // "[[User:Ann|Ann]] ([[User talk:Ann|talk]]) 18:22, 11 May 2021 (UTC)", on one line.
    [GeneratedRegex(@"\[\[User:[^\]\n]*\]\][^\n]{0,300}?\d{1,2}:\d{2}, \d{1,2} \p{L}+ \d{4} \(UTC\)", RegexOptions.IgnoreCase)]
    private static partial Regex TalkSignature();
}
