using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Textile;

/// <summary>
/// Reads Textile (Redmine's and Textpattern's pages; https://textile-lang.com/) and Jira's and Confluence's wiki markup, its
/// descendant: both write a heading as "h1. Title" to "h6.". Read line by line: "hN." headings by level, paragraphs up to a
/// blank line ("p.", "p(class)." and a plain line alike), "* " and "# " list items by depth, "bq." and Jira's {quote} quotations
/// as prose, a table's rows one passage each under its header row ("|_. Year |" or Jira's "||Year||"). Code ("bc.", "pre.",
/// {code}, {noformat}) is no prose; footnotes ("fn1.") are references; a panel's or note's box lines are no words, its text is.
/// Inline markup is taken off: emphasis marks, colour and style spans, a link reads as its label ("label":url, [label|url],
/// Redmine's [[Page|label]]), an image ("!map.png!") and a user mention ([~name]) are no text.
/// </summary>
internal static partial class TextileParser
{
    private const int MinHeadings = 2;
    private const int MaxLabelLength = 60;

    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".textile"];

    /// <summary>A ".textile" file, or text with two "hN. " heading lines or more and more of them than signs of Markdown, Org or
    /// AsciiDoc (a code fence, a "#+" keyword, a "= " heading) (5: above Org's 4 and Markdown's 2, which read Textile's "* " and
    /// "# " lists as outline headings).</summary>
    public static int Likeness(DocumentShape shape)
    {
        if (shape.HasExtension(Extensions)) return 5;
        var headings = shape.Lines.Count(l => Signature().Match(l) is { Success: true } s && s.Groups["tag"].Value.StartsWith('h'));
        var others = shape.Lines.Count(l => l.StartsWith("```", StringComparison.Ordinal) || l.StartsWith("#+", StringComparison.Ordinal)
            || l.StartsWith("= ", StringComparison.Ordinal) || l.StartsWith("== ", StringComparison.Ordinal));
        return headings >= MinHeadings && headings > others ? 5 : 0;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var lines = source.Text.Replace("\r", "").Split('\n');
        var outline = new OutlineBlocks();
        var paragraph = new List<string>();
        var paragraphLine = 0;
        var kind = PassageKind.Paragraph;
        var depth = 0;
        var footnote = false;
        string[] header = [];

        void End()
        {
            var text = Inline(string.Join(" ", paragraph));
            if (footnote) outline.AddReference(text);
            else if (text.Any(char.IsLetterOrDigit)) outline.AddText(kind, text, paragraphLine, depth);
            paragraph.Clear();
            (kind, depth, footnote) = (PassageKind.Paragraph, 0, false);
        }

        void Start(string text, int number, PassageKind passage = PassageKind.Paragraph, int level = 0, bool note = false)
        {
            End();
            (paragraphLine, kind, depth, footnote) = (number, passage, level, note);
            paragraph.Add(text);
        }

        for (var i = IssueFields(lines); i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (!line.StartsWith('|')) header = [];
            if (Rule().IsMatch(line) && i + 2 < lines.Length && Rule().IsMatch(lines[i + 2].Trim()) && IsLabel(lines[i + 1].Trim()))
            {
                // A label ruled off above and below ("Description", "Activity"), as Jira prints an issue's parts, heads a section.
                End();
                outline.AddHeading(Inline(lines[i + 1].Trim()), 2, i + 2);
                i += 2;
                continue;
            }
            if (line.Length == 0 || Rule().IsMatch(line))
            {
                End();
                continue;
            }
            if (line.StartsWith("<!--", StringComparison.Ordinal))
            {
                // An HTML comment, which Textile passes through, is the page's authors' note to themselves.
                End();
                while (i < lines.Length && !lines[i].Contains("-->", StringComparison.Ordinal)) i++;
                continue;
            }
            if (CodeStart().Match(line) is { Success: true } code)
            {
                // Jira's {code} and {noformat} run to their closing tag, which may stand on the same line.
                End();
                var close = "{" + code.Groups["name"].Value + "}";
                if (line.IndexOf(close, code.Length, StringComparison.Ordinal) >= 0) continue;
                while (i + 1 < lines.Length && !lines[i + 1].Contains(close, StringComparison.Ordinal)) i++;
                i++;
                continue;
            }
            if (Signature().Match(line) is { Success: true } block)
            {
                var tag = block.Groups["tag"].Value;
                var text = block.Groups["text"].Value;
                if (tag[0] == 'h')
                {
                    End();
                    outline.AddHeading(Inline(text), tag[1] - '0', number);
                }
                else if (tag is "bc" or "pre" or "notextile")
                {
                    // Code runs to a blank line, or for "bc.." to the next block's signature.
                    End();
                    var extended = block.Groups["extended"].Success;
                    while (i + 1 < lines.Length && (extended ? !Signature().IsMatch(lines[i + 1].Trim()) : lines[i + 1].Trim().Length > 0)) i++;
                }
                else Start(text, number, note: tag.StartsWith("fn", StringComparison.Ordinal));
                continue;
            }
            if (line.StartsWith('|'))
            {
                End();
                var cells = Cells(line, out var isHeader);
                if (isHeader) header = cells;
                else if (cells.Any(c => c.Length > 0)) outline.AddText(PassageKind.Paragraph, TableCells.Row(cells, header), number);
                continue;
            }
            if (ListItem().Match(line) is { Success: true } item)
            {
                Start(item.Groups["text"].Value, number, PassageKind.ListItem, item.Groups["marks"].Value.Length - 1);
                continue;
            }
            // A box's opening or closing line ({panel:title=…}, {quote}, {info}) or a Redmine macro ({{toc}}) holds no words.
            if (MacroLine().IsMatch(line))
            {
                End();
                continue;
            }
            if (paragraph.Count == 0) paragraphLine = number;
            paragraph.Add(line);
        }
        End();

        var title = outline.Blocks.FirstOrDefault(b => b is { Kind: PassageKind.Heading, Depth: 1 })?.Text
            ?? outline.Blocks.FirstOrDefault(b => b.Kind == PassageKind.Heading)?.Text
            ?? Path.GetFileNameWithoutExtension(source.FileName);
        return new ParsedDocument(source.FileName, title, SourceFormat.Textile, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    // A Jira issue printed or exported as text opens with its key and summary ("[PROJ-12] Summary") and its fields, "Label: value"
    // set side by side, up to a blank line or a rule: the tracker's bookkeeping, no prose. The line the body starts on.
    private static int IssueFields(string[] lines)
    {
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || !IssueKey().IsMatch(lines[first].Trim())) return 0;
        var end = first + 1;
        while (end < lines.Length && lines[end].Trim().Length > 0 && !Rule().IsMatch(lines[end].Trim())) end++;
        return end;
    }

    private static bool IsLabel(string line) =>
        line.Length is > 0 and <= MaxLabelLength && line.Any(char.IsLetter) && !ProseText.EndsSentence(line);

    // "|_. Year |_. Place |" and Jira's "||Year||Place||" are header rows; "| 1919 | Riga |" and "|1919|Riga|" body rows. A pipe
    // inside a link ("[[#Riga|Riga]]", "[label|url]") or a macro does not divide cells.
    private static string[] Cells(string row, out bool isHeader)
    {
        var jiraHeader = row.StartsWith("||", StringComparison.Ordinal);
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var nesting = 0;
        for (var i = 0; i < row.Length; i++)
        {
            var c = row[i];
            if (c is '[' or '{') nesting++;
            else if (c is ']' or '}' && nesting > 0) nesting--;
            if (c == '|' && nesting == 0)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                if (jiraHeader && i + 1 < row.Length && row[i + 1] == '|') i++;
            }
            else cell.Append(c);
        }
        if (cell.ToString().Trim().Length > 0) cells.Add(cell.ToString());
        // The text before the first pipe is nothing.
        var read = cells.Skip(1).Select(c => c.Trim()).ToList();
        isHeader = jiraHeader || read.Count > 0 && read.All(c => c.StartsWith("_.", StringComparison.Ordinal));
        return read.Select(c => Inline(CellAttributes().Replace(c, ""))).ToArray();
    }

    /// <summary>A line's text without its inline markup: links reduced to their labels, images, mentions and style spans gone.</summary>
    internal static string Inline(string text)
    {
        text = HtmlMarkup().Replace(WithoutComments(text), "");
        text = Image().Replace(text, "");
        text = Monospace().Replace(text, "${text}");
        text = StyledSpan().Replace(text, "${text}");
        text = Macro().Replace(text, "");
        text = RedmineLink().Replace(text, m => m.Groups["label"].Success ? m.Groups["label"].Value : m.Groups["page"].Value.Replace('_', ' '));
        text = QuotedLink().Replace(text, "${label}");
        text = BracketLink().Replace(text, m =>
        {
            var inner = m.Groups["inner"].Value;
            var bar = inner.IndexOf('|');
            if (bar >= 0) return inner[..bar];
            // A mention ([~name]), an attachment ([^file]), a bare address or a footnote mark ([1]) is no text.
            return inner[0] is '~' or '^' || inner.Contains("://", StringComparison.Ordinal) || inner.All(char.IsDigit) ? "" : inner;
        });
        text = OpeningMark().Replace(text, "");
        text = ClosingMark().Replace(text, "");
        return ProseText.Squash(text.Replace(" -- ", " — ", StringComparison.Ordinal));
    }

    // "h2. ", "h2(#riga). ", "p(note). ", "bq. ", "fn1. ", "bc.. ": a block's tag, its attributes (class, id, style, language,
    // alignment; never a dot or a space), a second dot for a block that runs on past blank lines, then a space.
    [GeneratedRegex(@"^(?<tag>h[1-6]|p|bq|fn\d{1,4}|bc|pre|notextile)(?:[(\[{<>=][^.\s]{0,100})?\.(?<extended>\.)?(?:\s+(?<text>.*))?$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"^(?<marks>[*#]{1,6}|-)\s+(?<text>\S.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\[[A-Z][A-Z0-9_]{0,30}-\d{1,9}\]\s+\S")]
    private static partial Regex IssueKey();

    // "<!-- … -->" taken out in one pass: a pattern would search on from every "<!--" of a long line. One left open stays.
    private static string WithoutComments(string text)
    {
        var kept = new System.Text.StringBuilder();
        var at = 0;
        for (var start = text.IndexOf("<!--", StringComparison.Ordinal); start >= 0; start = text.IndexOf("<!--", at, StringComparison.Ordinal))
        {
            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            if (end < 0) break;
            kept.Append(text, at, start - at);
            at = end + 3;
        }
        return kept.Append(text, at, text.Length - at).ToString();
    }

    // An HTML tag on a line ("<notextile>", "<br />"), which Textile passes through.
    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]{0,20}(?:\s[^<>\n]{0,300})?/?>")]
    private static partial Regex HtmlMarkup();

    [GeneratedRegex(@"^-{4,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\{(?<name>code|noformat)(?::[^}]{0,300})?\}")]
    private static partial Regex CodeStart();

    [GeneratedRegex(@"^(?:\{[a-zA-Z]{1,30}(?::[^{}]{0,300})?\}|\{\{[^{}]{0,200}\}\})$")]
    private static partial Regex MacroLine();

    // A table cell's own markup: "_." for a header, "\2." or "/3." for spans, "<." "=." ">." "^." "~." for alignment.
    [GeneratedRegex(@"^(?:_|[\\/]\d{1,3}|[<>=^~]){1,4}\.\s*")]
    private static partial Regex CellAttributes();

    // "!map.png!", "!/images/riga.jpg(Riga, 1919)!", Jira's "!scan.png|thumbnail!", optionally linked ("!map.png!:url").
    [GeneratedRegex(@"![^\s!()]{1,300}(?:\([^)\n]{0,200}\))?!(?::\S{1,500})?")]
    private static partial Regex Image();

    // Jira's "{{monospace}}".
    [GeneratedRegex(@"\{\{(?<text>[^{}\n]{1,300})\}\}")]
    private static partial Regex Monospace();

    // Textile's "%{color:red}stub%" and "%(note)text%"; a bare "%…%" is left alone, since "50% of … 20%" is no span.
    [GeneratedRegex(@"%(?:\{[^{}\n]{0,100}\}|\([^()\n]{0,100}\))(?<text>[^%\n]{0,500})%")]
    private static partial Regex StyledSpan();

    // Jira's "{color:red}", "{color}", an inline "{quote}" or "{anchor:x}".
    [GeneratedRegex(@"\{[a-zA-Z]{1,30}(?::[^{}\n]{0,300})?\}")]
    private static partial Regex Macro();

    // Redmine's "[[Dating_conventions]]", "[[#Riga|Riga]]", "[[Page|label]]".
    [GeneratedRegex(@"\[\[(?<page>[^\[\]|\n]{1,300})(?:\|(?<label>[^\[\]\n]{1,300}))?\]\]")]
    private static partial Regex RedmineLink();

    // Textile's "\"label\":url" and "\"label(title)\":url"; a sentence's stop after the address stays.
    [GeneratedRegex(@"""(?<label>[^""\n(]{1,300})(?:\([^)""\n]{0,200}\))?"":(?:[^\s""]{0,500}[^\s"".,;:!?)])")]
    private static partial Regex QuotedLink();

    // Jira's "[label|url]", "[url]", "[~name]", "[^file]"; a footnote mark "[1]".
    [GeneratedRegex(@"\[(?<inner>[^\[\]\n]{1,500})\]")]
    private static partial Regex BracketLink();

    // Emphasis marks ("*bold*", "_italic_", "__italic__", "**bold**", "??cite??") at a word's edge; a "*" between spaces or a
    // "_" inside a word ("snake_case") is text.
    [GeneratedRegex(@"(?<=^|[\s(\[""'“‘—–-])(?:\*\*|\*|__|_|\?\?)(?=[^\s*_?])")]
    private static partial Regex OpeningMark();

    [GeneratedRegex(@"(?<=[^\s*_?])(?:\*\*|\*|__|_|\?\?)(?=$|[\s).,;:!?'""\]’”—–-])")]
    private static partial Regex ClosingMark();
}
