using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Gift;

/// <summary>
/// Reads a Moodle GIFT quiz (a course's question bank exported as text). Each question's name ("::Q5 Bulgaria 1944::") is a
/// heading; its text with the right answer put in is a paragraph ("… Which country: Bulgaria."), and the feedback that explains
/// the answers follows it. A quiz names real countries and years to mislead, so wrong options are dropped (their feedback,
/// which says why they are wrong, is kept), and so is a statement the quiz marks false. Line comments and categories are no
/// prose; the first comment line titles the file. See https://docs.moodle.org/en/GIFT_format.
/// </summary>
internal static partial class GiftQuizParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".gift"];

    /// <summary>A feedback shorter than this, once its verdict is taken off ("No, that was Soviet."), says nothing by itself.</summary>
    private const int MinFeedbackWords = 5;

    /// <summary>A ".gift" file is a quiz (5); so is text with several "::name::" questions that have answers in braces (3).</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions) ? 5
        : shape.Lines.Count(l => QuestionName().IsMatch(l) && l.Contains('{')) >= 2 ? 3 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var outline = new OutlineBlocks();
        var lines = source.Text.Replace("\r\n", "\n").Split('\n');
        var title = lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("//", StringComparison.Ordinal) && l.Length > 2)?[2..].Trim()
            ?? Path.GetFileNameWithoutExtension(source.FileName);
        outline.AddHeading(title, 1, 1);
        foreach (var (text, line) in Questions(lines))
            Read(text, line, outline);
        return new ParsedDocument(source.FileName, title, SourceFormat.Gift, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    private static void Read(string question, int line, OutlineBlocks outline)
    {
        var name = QuestionName().Match(question);
        if (name.Success)
        {
            outline.AddHeading(Plain(QuestionCode().Replace(Unescape(name.Groups["name"].Value), "")), 2, line);
            question = question[name.Length..];
        }
        var format = TextFormat().Match(question);
        var markup = format.Success ? format.Groups["format"].Value.ToLowerInvariant() : "moodle";
        if (format.Success) question = question[format.Length..];

        var open = Unescaped(question, '{', 0);
        var close = open < 0 ? -1 : Unescaped(question, '}', open + 1);
        if (open < 0 || close < 0)
        {
            // A description: text with no answers.
            outline.AddText(PassageKind.Paragraph, Text(question, markup), line);
            return;
        }
        var stem = Text(question[..open], markup);
        var after = Text(question[(close + 1)..], markup);
        var answers = question[(open + 1)..close].Trim();
        var feedback = new List<string>();

        if (TrueFalse().Match(answers) is { Success: true } verdict)
        {
            // "{TRUE#shown to a wrong answer#shown to a right one}": both explain; a false statement is not told.
            if (verdict.Groups["value"].Value.StartsWith('T') || verdict.Groups["value"].Value.StartsWith('t'))
                outline.AddText(PassageKind.Paragraph, Join(stem, after), line);
            feedback.AddRange(Split(answers, '#').Skip(1));
        }
        else if (answers.StartsWith('#'))
        {
            // Numeric: "{#1948}", "{#1948:1}", "{#=1948#feedback =1947:1}".
            var first = Split(answers[1..], '=', '~').FirstOrDefault(a => a.Length > 0) ?? "";
            var parts = Split(first, '#');
            outline.AddText(PassageKind.Paragraph, Answered(stem, NumericValue().Match(parts[0]).Value, after), line);
            feedback.AddRange(parts.Skip(1));
        }
        else if (answers.Length == 0)
            outline.AddText(PassageKind.Paragraph, Join(stem, after), line);
        else
        {
            var options = Options(answers);
            var pairs = options.Where(o => o.Right && o.Text.Contains("->", StringComparison.Ordinal)).ToList();
            if (pairs.Count > 0)
            {
                // Matching: each pair is a statement of its own ("Ivan Chistyakov, commander of the Soviet 25th Army").
                outline.AddText(PassageKind.Paragraph, Join(stem, after), line);
                foreach (var pair in pairs)
                {
                    var split = pair.Text.IndexOf("->", StringComparison.Ordinal);
                    outline.AddText(PassageKind.ListItem, $"{Text(pair.Text[..split], markup)}, {Text(pair.Text[(split + 2)..], markup)}", line, 1);
                }
            }
            else if (options.FirstOrDefault(o => o.Right) is { } right)
                outline.AddText(PassageKind.Paragraph, Answered(stem, Text(right.Text, markup), after), line);
            feedback.AddRange(options.Where(o => o.Feedback is not null).OrderByDescending(o => o.Right).Select(o => o.Feedback!));
        }

        foreach (var explanation in feedback.Select(f => WithoutVerdict(Text(f, markup))).Where(f => Words(f) >= MinFeedbackWords))
            outline.AddText(PassageKind.Paragraph, explanation, line);
    }

    private sealed record Option(bool Right, string Text, string? Feedback);

    // "=Jaan Anvelt#Correct. …" and "~Konstantin Päts#No. …"; a weight ("~%50%…") makes a partly right answer, not the right one.
    private static List<Option> Options(string answers)
    {
        var options = new List<Option>();
        var starts = Enumerable.Range(0, answers.Length)
            .Where(i => answers[i] is '=' or '~' && (i == 0 || char.IsWhiteSpace(answers[i - 1]))).ToList();
        for (var k = 0; k < starts.Count; k++)
        {
            var body = answers[(starts[k] + 1)..(k + 1 < starts.Count ? starts[k + 1] : answers.Length)].Trim();
            var weight = Weight().Match(body);
            var right = answers[starts[k]] == '=' || weight.Success && weight.Groups["percent"].Value is "100";
            if (weight.Success) body = body[weight.Length..];
            var parts = Split(body, '#');
            options.Add(new Option(right, parts[0].Trim(), parts.Length > 1 ? parts[1] : null));
        }
        return options;
    }

    // "Which country?" answered "Bulgaria" reads "… Which country: Bulgaria."; a missing word goes where the braces stood.
    private static string Answered(string stem, string answer, string after)
    {
        if (answer.Length == 0) return Join(stem, after);
        if (after.Length > 0 && !after.StartsWith('?')) return $"{stem} {answer} {after}".Trim();
        return $"{stem.TrimEnd().TrimEnd('?', ':', '.')}: {answer}.";
    }

    private static string Join(string stem, string after) => $"{stem} {after}".Trim();

    private static string WithoutVerdict(string feedback) => Verdict().Replace(feedback, "").Trim();

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // A question runs to the first blank line outside braces; "//" lines are comments and "$CATEGORY:" lines file the questions.
    private static IEnumerable<(string Text, int Line)> Questions(string[] lines)
    {
        var text = new StringBuilder();
        var start = 0;
        var depth = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : "";
            var trimmed = line.Trim();
            if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("$CATEGORY:", StringComparison.OrdinalIgnoreCase)) continue;
            if (trimmed.Length == 0 && depth == 0 || i == lines.Length)
            {
                if (text.ToString().Trim() is { Length: > 0 } question) yield return (question, start);
                text.Clear();
                continue;
            }
            if (text.Length == 0) start = i + 1;
            text.Append(line).Append('\n');
            for (var c = 0; c < line.Length; c++)
                if (line[c] is '{' or '}' && (c == 0 || line[c - 1] != '\\')) depth = Math.Max(0, depth + (line[c] == '{' ? 1 : -1));
        }
    }

    private static int Unescaped(string text, char wanted, int from)
    {
        for (var i = from; i < text.Length; i++)
            if (text[i] == wanted && (i == 0 || text[i - 1] != '\\')) return i;
        return -1;
    }

    private static string[] Split(string text, params char[] separators)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (separators.Contains(text[i]) && (i == 0 || text[i - 1] != '\\'))
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        parts.Add(text[start..]);
        return [.. parts];
    }

    // The question's text as a reader sees it: markup read by the library that writes it, escapes undone, lines joined.
    private static string Text(string text, string markup)
    {
        text = Unescape(text);
        text = markup switch
        {
            "markdown" => Markdig.Markdown.ToPlainText(text),
            "html" => new HtmlParser().ParseDocument($"<body>{text}</body>").Body?.TextContent ?? "",
            _ => text,
        };
        return Plain(text);
    }

    private static string Plain(string text) => Spaces().Replace(text, " ").Trim();

    private static string Unescape(string text) => Escape().Replace(text.Replace("\\n", "\n", StringComparison.Ordinal), "$1");

    [GeneratedRegex(@"^\s*::(?<name>(?:[^:\\]|\\.|:(?!:))*)::")]
    private static partial Regex QuestionName();

    // "W10-Q01 Estonia commune": a question bank's code before the name says nothing of the question.
    [GeneratedRegex(@"^\S*\d\S*\s+(?=\S)")]
    private static partial Regex QuestionCode();

    [GeneratedRegex(@"^\s*\[(?<format>markdown|html|plain|moodle)\]", RegexOptions.IgnoreCase)]
    private static partial Regex TextFormat();

    [GeneratedRegex(@"^(?<value>TRUE|FALSE|T|F)\s*(?:#|$)", RegexOptions.IgnoreCase)]
    private static partial Regex TrueFalse();

    [GeneratedRegex(@"^-?\d+(?:[.,]\d+)?")]
    private static partial Regex NumericValue();

    [GeneratedRegex(@"^%(?<percent>-?\d+(?:\.\d+)?)%")]
    private static partial Regex Weight();

    // The marker's word before an explanation ("Correct. Anvelt's commune …", "No. Päts headed …").
    [GeneratedRegex(@"^(?:Correct|Incorrect|Right|Wrong|Yes|No)[.!,]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    [GeneratedRegex(@"\\([~=#{}:\\])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
