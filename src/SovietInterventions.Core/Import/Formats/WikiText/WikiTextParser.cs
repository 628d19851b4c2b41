using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.WikiText;

/// <summary>
/// Parses a MediaWiki-style article: "= Title =" down to "==== Section ====" at any depth,
/// one paragraph per line, "*" or "-" list items, citation marks removed from the prose.
/// </summary>
public static class WikiTextParser
{
    public static ParsedDocument Parse(SourceText source)
    {
        var headings = new List<Heading>();
        var blocks = new List<Block>();
        var warnings = new List<string>();
        string? title = null;
        var lines = source.Text.Split('\n');

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var lineNumber = i + 1;
            if (line.Length == 0) continue;

            if (TryReadHeading(line, out var level, out var text))
            {
                if (level == 1 && title is null) title = text;
                else if (headings.Count > 0 && level > headings[^1].Level + 1)
                    warnings.Add($"{source.FileName}:{lineNumber}: heading \"{text}\" skips a level.");
                headings.RemoveAll(h => h.Level >= level);
                var heading = new Heading(text, level, lineNumber);
                headings.Add(heading);
                blocks.Add(new Block(PassageKind.Heading, text, lineNumber, headings.ToArray(), level));
                continue;
            }

            var (kind, depth, body) = ListItem(line);
            var clean = ProseText.RemoveCitations(body);
            if (clean.Length > 0) blocks.Add(new Block(kind, clean, lineNumber, headings.ToArray(), depth));
        }

        return new ParsedDocument(source.FileName, title ?? Path.GetFileNameWithoutExtension(source.FileName), SourceFormat.WikiText, blocks, warnings)
        {
            Sha256 = source.Sha256,
        };
    }

    /// <summary>Reads "== Text ==" (the same number of '=' on both sides) as a heading of that level.</summary>
    public static bool TryReadHeading(string line, out int level, out string text)
    {
        level = 0;
        text = "";
        line = line.Trim();
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
        var marks = 0;
        while (marks < line.Length && line[marks] is '*' or '#') marks++;
        if (marks > 0) return (PassageKind.ListItem, marks - 1, line[marks..].Trim());
        if (line.StartsWith("- ", StringComparison.Ordinal)) return (PassageKind.ListItem, 0, line[2..].Trim());
        return (PassageKind.Paragraph, 0, line);
    }
}
