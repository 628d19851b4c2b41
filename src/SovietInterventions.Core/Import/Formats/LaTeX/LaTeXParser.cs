using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.LaTeX;

/// <summary>
/// Reads a LaTeX document: "\title", "\author" and "\date" are metadata; the preamble before "\begin{document}" and "%"
/// comments are dropped; "\section" down to "\subsubsection" are headings; a paragraph's hard-wrapped lines are joined up to a
/// blank line; each "\item" is one list item, however many lines it is wrapped over; "\footnote" and the bibliography are
/// references, not prose; "\caption" is a caption. Inline markup is read by <see cref="LaTeXText"/>.
/// </summary>
internal static partial class LaTeXParser
{
    private static readonly Dictionary<string, int> SectionLevels = new()
    {
        ["part"] = 1, ["chapter"] = 2, ["section"] = 2, ["subsection"] = 3, ["subsubsection"] = 4,
    };

    private static readonly HashSet<string> ListEnvironments = ["itemize", "enumerate", "description"];

    /// <summary>The file name endings only this format uses.</summary>

    public static readonly string[] Extensions = [".tex", ".latex"];


    /// <summary>A ".tex" file, or a "\documentclass" or "\begin{document}" line, is LaTeX (5).</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions)
        || shape.Lines.Any(l => l.StartsWith(@"\documentclass", StringComparison.Ordinal) || l.StartsWith(@"\begin{document}", StringComparison.Ordinal)) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var text = WithoutComments(source.Text);
        var metadata = new DocumentMetadata
        {
            Title = Field(text, "title"),
            Author = Field(text, "author"),
            Date = Field(text, "date"),
        };
        var begin = text.IndexOf(@"\begin{document}", StringComparison.Ordinal);
        var offset = begin < 0 ? 0 : text[..begin].Count(c => c == '\n');
        var body = begin < 0 ? text : text[(begin + @"\begin{document}".Length)..];
        var end = body.IndexOf(@"\end{document}", StringComparison.Ordinal);
        if (end >= 0) body = body[..end];

        var references = new List<string>();
        body = Bibliography().Replace(body, m =>
        {
            references.AddRange(m.Value.Replace(@"\end{thebibliography}", "").Split(@"\bibitem").Skip(1).Select(item => LaTeXText.Plain(Regex.Replace(item, @"^(\[[^\]]*\])?\{[^}]*\}", ""))));
            return new string('\n', m.Value.Count(c => c == '\n'));
        });
        // A footnote's text goes to the references; its line breaks stay so that line numbers hold.
        body = LaTeXText.TakeOut(body, "footnote", note => references.Add(LaTeXText.Plain(note)));

        var blocks = new List<Block>();
        var headings = new List<Heading>();
        var lists = 0;
        var current = new List<string>();
        var kind = PassageKind.Paragraph;
        var depth = 0;
        var startLine = 0;

        void End()
        {
            var plain = LaTeXText.Plain(string.Join("\n", current));
            if (plain.Length > 0) blocks.Add(new Block(kind, plain, startLine, headings.ToArray(), depth));
            current.Clear();
            kind = PassageKind.Paragraph;
            depth = 0;
        }

        void Start(PassageKind newKind, string line, int number, int newDepth = 0)
        {
            End();
            (kind, depth, startLine) = (newKind, newDepth, number);
            current.Add(line);
        }

        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = offset + i + 1;
            if (line == CommentLine) continue;
            if (line.Length == 0)
            {
                End();
                continue;
            }
            var command = CommandAtStart().Match(line);
            var name = command.Success ? command.Groups["name"].Value : "";
            if (SectionLevels.TryGetValue(name, out var level) && LaTeXText.Argument(line, command.Length) is { } argument)
            {
                End();
                var heading = LaTeXText.Plain(line[argument.Start..argument.End]);
                headings.RemoveAll(h => h.Level >= level);
                headings.Add(new Heading(heading, level, number));
                blocks.Add(new Block(PassageKind.Heading, heading, number, headings.ToArray(), level));
                continue;
            }
            if (name is "begin" or "end")
            {
                End();
                var environment = Regex.Match(line, @"^\\(?:begin|end)\{(?<env>[^}]*)\}(?:\{[^}]*\}|\[[^\]]*\])*");
                if (ListEnvironments.Contains(environment.Groups["env"].Value)) lists += name == "begin" ? 1 : -1;
                var rest = line[environment.Length..].Trim();
                if (rest.Length > 0) Start(PassageKind.Paragraph, rest, number);
                continue;
            }
            if (name == "item")
            {
                // "\item[Label] text" reads "Label: text".
                var rest = line[command.Length..];
                var label = Regex.Match(rest, @"^\s*\[(?<label>[^\]]*)\]");
                rest = label.Success ? $"{label.Groups["label"].Value}: {rest[label.Length..]}" : rest;
                Start(PassageKind.ListItem, rest, number, Math.Max(lists - 1, 0));
                continue;
            }
            if (name == "caption")
            {
                Start(PassageKind.Caption, line, number);
                End();
                continue;
            }
            if (current.Count == 0) startLine = number;
            current.Add(line);
        }
        End();

        return new ParsedDocument(source.FileName, metadata.Title ?? Path.GetFileNameWithoutExtension(source.FileName), SourceFormat.LaTeX, blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = metadata,
            References = references,
        };
    }

    // "%" to the end of the line, unless escaped ("\%"). A line of comment alone becomes a lone "%", which ends no paragraph.
    private static string WithoutComments(string text) =>
        string.Join("\n", text.Replace("\r", "").Split('\n').Select(line =>
            line.TrimStart().StartsWith('%') ? CommentLine : Comment().Replace(line, "$1")));

    private const string CommentLine = "%";

    private static string? Field(string text, string name)
    {
        string? value = null;
        LaTeXText.TakeOut(text, name, v => value ??= LaTeXText.Plain(LaTeXText.TakeOut(v.Replace(@"\\", " — "), "thanks", _ => { })));
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    [GeneratedRegex(@"^((?:[^\\%]|\\.)*)%.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^\\(?<name>[a-zA-Z]+)\*?")]
    private static partial Regex CommandAtStart();

    [GeneratedRegex(@"\\begin\{thebibliography\}[\s\S]*?(\\end\{thebibliography\}|$)")]
    private static partial Regex Bibliography();
}
