using System.Text;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Html;
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
        : LooksLikeQuestions(shape) ? 3 : 0;

    // Two named questions with answers at least, and most of the text's blocks are questions: a note quoting two is still a note.
    private static bool LooksLikeQuestions(DocumentShape shape)
    {
        var questions = shape.Lines.Count(l => QuestionName().IsMatch(l) && l.Contains('{'));
        if (questions < 2) return false;
        var blocks = BlankLines().Split(shape.Text).Count(b => b.Trim() is { Length: > 0 } t && !t.StartsWith("//", StringComparison.Ordinal));
        return questions * 2 >= blocks;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var outline = new OutlineBlocks();
        var lines = source.Text.Replace("\r\n", "\n").Split('\n');
        // The first comment before any question titles the quiz; Moodle's own "// question: 12  name: …" lines do not.
        var title = lines.Select(l => l.Trim()).TakeWhile(l => l.Length == 0 || l.StartsWith("//", StringComparison.Ordinal) || l.StartsWith('$'))
            .FirstOrDefault(l => l.StartsWith("//", StringComparison.Ordinal) && l.Length > 2 && !MoodleComment().IsMatch(l))?[2..].Trim()
            ?? Path.GetFileNameWithoutExtension(source.FileName);
        outline.AddHeading(title, 1, 1);
        foreach (var (text, line) in Questions(lines, source.FileName))
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
        // A question without a name stands under the quiz's title, not under the name of the question before it.
        else outline.EndSections(2);
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
        // "####…" after the answers is the question's general feedback, shown whatever the answer.
        var general = answers.IndexOf("####", StringComparison.Ordinal);
        if (general >= 0) (answers, feedback) = (answers[..general].Trim(), [answers[(general + 4)..]]);

        if (TrueFalse().Match(answers) is { Success: true } verdict)
        {
            // "{TRUE#shown to a wrong answer#shown to a right one}": both explain; a false statement is not told.
            if (verdict.Groups["value"].Value.StartsWith('T') || verdict.Groups["value"].Value.StartsWith('t'))
                outline.AddText(PassageKind.Paragraph, Join(stem, after), line);
            feedback.AddRange(Split(answers, '#').Skip(1));
        }
        else if (answers.StartsWith('#'))
        {
            // Numeric: "{#1948}", "{#1948:1}", "{#1945..1946}", "{#=1948#feedback =%50%1947:1}"; the fully right answer counts.
            var numbers = Split(answers[1..], '=', '~').Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
            var first = numbers.FirstOrDefault(a => !a.StartsWith('%') || a.StartsWith("%100%", StringComparison.Ordinal)) ?? numbers.FirstOrDefault() ?? "";
            var parts = Split(Weight().Replace(first, ""), '#');
            var value = NumericValue().Match(parts[0].Trim());
            var number = value.Groups["to"].Success ? $"{value.Groups["from"].Value}\u2013{value.Groups["to"].Value}" : value.Groups["from"].Value;
            outline.AddText(PassageKind.Paragraph, Answered(stem, number, after), line);
            feedback.AddRange(parts.Skip(1));
        }
        else if (answers.Length == 0)
            outline.AddText(PassageKind.Paragraph, Join(stem, after), line);
        else
        {
            var options = Options(answers);
            // A matching question's answers are all pairs ("=Ivo Mařík -> commander …"); one right answer with an arrow is no pair.
            var pairs = options.All(o => o.Right && o.Text.Contains("->", StringComparison.Ordinal)) ? options : [];
            if (pairs.Count > 1)
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
            .Where(i => answers[i] is '=' or '~' && (i == 0 || answers[i - 1] != '\\')).ToList();
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
    private static IEnumerable<(string Text, int Line)> Questions(string[] lines, string fileName)
    {
        var text = new StringBuilder();
        var start = 0;
        var depth = 0;
        var opened = 0;
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
            {
                if (line[c] is not ('{' or '}') || c > 0 && line[c - 1] == '\\') continue;
                if (line[c] == '{' && depth++ == 0) opened = i + 1;
                if (line[c] == '}' && --depth < 0)
                    throw new ImportException(fileName, i + 1, "'}' closes no answer: write \\} for a brace in the text.");
            }
            if (depth > 1) throw new ImportException(fileName, opened, "an answer '{' opened here holds another '{': write \\{ for a brace in the text.");
        }
        if (depth > 0) throw new ImportException(fileName, opened, "the answers opened here with '{' are never closed.");
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
            // Moodle's own format may hold HTML as well.
            "html" or "moodle" when text.Contains('<') => PageText.OfFragment(text),
            _ => text,
        };
        return Plain(text);
    }

    private static string Plain(string text) => Spaces().Replace(text, " ").Trim();

    private static string Unescape(string text) => Escape().Replace(text.Replace("\\n", "\n", StringComparison.Ordinal), "$1");

    [GeneratedRegex(@"^\s*::(?<name>(?:[^:\\]|\\.|:(?!:))*)::")]
    private static partial Regex QuestionName();

    // "W10-Q01 Estonia commune": a question bank's code before the name says nothing of the question.
    [GeneratedRegex(@"^(?=\S*[A-Za-z])(?=\S*\d)\S+\s+(?=\S)")]
    private static partial Regex QuestionCode();

    [GeneratedRegex(@"^//\s*question:\s*\d+", RegexOptions.IgnoreCase)]
    private static partial Regex MoodleComment();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^\s*\[(?<format>markdown|html|plain|moodle)\]", RegexOptions.IgnoreCase)]
    private static partial Regex TextFormat();

    [GeneratedRegex(@"^(?<value>TRUE|FALSE|T|F)\s*(?:#|$)", RegexOptions.IgnoreCase)]
    private static partial Regex TrueFalse();

    [GeneratedRegex(@"^(?<from>-?\d+(?:[.,]\d+)?)(?:\.\.(?<to>-?\d+(?:[.,]\d+)?))?")]
    private static partial Regex NumericValue();

    [GeneratedRegex(@"^\s*%(?<percent>-?\d+(?:\.\d+)?)%")]
    private static partial Regex Weight();

    // The marker's word before an explanation ("Correct. Anvelt's commune …", "No. Päts headed …").
    [GeneratedRegex(@"^(?:Correct|Incorrect|Right|Wrong|Yes|No)[.!,]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    [GeneratedRegex(@"\\([~=#{}:\\])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
