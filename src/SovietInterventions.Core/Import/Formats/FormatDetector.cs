using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.WikiText;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats;

/// <summary>Tells the format of a document from its content alone, never from its file name.</summary>
public static partial class FormatDetector
{
    public static SourceFormat Detect(SourceText source)
    {
        var lines = source.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (LooksLikeJsonOrMarkup(source.Text.Trim()))
            throw new ImportException(source.FileName, 1, "unknown format: the file looks like JSON, XML or HTML, not notes or an article.");

        var letters = source.Text.Count(char.IsLetter);
        var visible = source.Text.Count(c => !char.IsWhiteSpace(c));
        if (visible == 0 || letters < visible / 2)
            throw new ImportException(source.FileName, null, "unknown format: the file has too little text to be notes or an article.");

        if (FrontMatterFence(source.Text)) return SourceFormat.Markdown;
        var wikiHeadings = lines.Count(l => WikiTextParser.TryReadHeading(l, out _, out _));
        if (wikiHeadings > 0 && WikiTextParser.TryReadHeading(lines[0], out _, out _)) return SourceFormat.WikiText;
        if (wikiHeadings >= 2) return SourceFormat.WikiText;

        var markdownHeadings = lines.Count(l => MarkdownHeading().IsMatch(l));
        var bullets = lines.Count(l => Bullet().IsMatch(l));
        if (markdownHeadings > 0 || bullets * 3 >= lines.Count) return SourceFormat.Markdown;

        return SourceFormat.PlainText;
    }

    // YAML front matter: the file opens with a "---" line and another "---" line closes it.
    private static bool FrontMatterFence(string text)
    {
        var start = text.TrimStart('\uFEFF');
        if (!start.StartsWith("---\n", StringComparison.Ordinal) && !start.StartsWith("---\r\n", StringComparison.Ordinal)) return false;
        var close = start.IndexOf("\n---", 3, StringComparison.Ordinal);
        return close > 0 && (close + 4 == start.Length || start[close + 4] is '\n' or '\r' or ' ');
    }

    private static bool LooksLikeJsonOrMarkup(string text) =>
        (text.StartsWith('{') && text.EndsWith('}'))
        || (text.StartsWith('[') && text.EndsWith(']'))
        || (text.StartsWith('<') && !text.StartsWith("<!--", StringComparison.Ordinal) && text.EndsWith('>'));

    [GeneratedRegex(@"^#{1,6}\s+\S", RegexOptions.NonBacktracking)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^[-*+]\s", RegexOptions.NonBacktracking)]
    private static partial Regex Bullet();
}
