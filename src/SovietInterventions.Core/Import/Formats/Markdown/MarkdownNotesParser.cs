using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// Parses Markdown (study notes, blog essays, Obsidian notes, Hugo posts) with Markdig's syntax tree: YAML or TOML
/// front matter is metadata, Hugo's shortcodes are no prose (<see cref="Shortcodes"/>), headings make the section path,
/// paragraphs, list items and table rows become blocks, apparatus (reference sections, link-only lines, link
/// definitions) becomes the document's references.
/// The title is the front matter's, else the first top-level heading's, else the file name's.
/// </summary>
internal static partial class MarkdownNotesParser
{
    /// <summary>
    /// Front matter (YAML or TOML) is the strongest sign of all (4); "#" headings, a document mostly of bullets, or what an
    /// editor's Markdown export writes instead of "#" headings (two or more lines wholly in "**bold**", a "[^1]:" footnote) a
    /// weak one (2).
    /// </summary>
    public static int Likeness(DocumentShape shape)
    {
        if (FrontMatterFence(shape.Text, YamlFence) || FrontMatterFence(shape.Text, TomlFence)) return 4;
        var headings = shape.Lines.Count(l => MarkdownHeading().IsMatch(l));
        var bullets = shape.Lines.Count(l => Bullet().IsMatch(l));
        var boldLines = shape.Lines.Count(l => BoldLine().IsMatch(l));
        var footnotes = shape.Lines.Count(l => FootnoteDefinition().IsMatch(l));
        return headings > 0 || bullets * 3 >= shape.Lines.Count || boldLines >= 2 || footnotes > 0 ? 2 : 0;
    }

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation().UseYamlFrontMatter().UsePipeTables().UseGridTables().UseFootnotes().UseTaskLists().Build();

    public static ParsedDocument Parse(SourceText source)
    {
        MarkdownDocument tree;
        HashSet<int> banners;
        string? toml;
        MarkdownIndentation.Check(source);
        try
        {
            var text = Shortcodes.Replaced(WithoutTomlFrontMatter(source.Text, out toml));
            tree = Markdig.Markdown.Parse(WithBannersAsHeadings(text, out banners), Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses pathological nesting; that is bad input, not a crash.
            throw new ImportException(source.FileName, null, $"the Markdown cannot be read: {e.Message}", e);
        }

        var warnings = new List<string>();
        var frontMatter = tree.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        var metadata = frontMatter is not null ? FrontMatter.FromYaml(frontMatter.Lines.ToString(), source.FileName, frontMatter.Line + 2, warnings)
            : toml is not null ? FrontMatter.FromToml(toml, source.FileName, 2, warnings)
            : DocumentMetadata.None;

        var walk = new MarkdownWalk(source.FileName, metadata.Title, warnings);
        foreach (var block in tree) walk.Visit(block, depth: 0);

        var title = metadata.Title
            ?? walk.Blocks.FirstOrDefault(b => b.Kind == PassageKind.Heading && b.Depth == 1)?.Text
            ?? walk.Blocks.FirstOrDefault(b => b.Kind == PassageKind.Heading && !banners.Contains(b.Line))?.Text
            ?? (frontMatter is null && toml is null ? OpeningTitle(source.Text, walk.Blocks) : null)
            ?? ObsidianText.Readable(Path.GetFileNameWithoutExtension(source.FileName));
        var tags = metadata.Tags.Concat(walk.Tags).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new ParsedDocument(source.FileName, title, SourceFormat.Markdown, walk.Blocks, warnings)
        {
            Sha256 = source.Sha256,
            Metadata = metadata with { Tags = tags },
            References = walk.References,
        };
    }

    // "*** HUNGARY 1956 ***" in typed notes is a "##" or "###" heading, by its banner's level, and so is a line framed by
    // two rules ("=====" above and below), whose rules part the text as blank lines do (as plain text reads them; Markdown
    // would read the first rule and the words as one paragraph, underlined into a heading). Lines keep their numbers.
    private static string WithBannersAsHeadings(string text, out HashSet<int> bannerLines)
    {
        bannerLines = [];
        var lines = text.Split('\n');
        var levels = new BannerLevels();
        for (var i = 0; i < lines.Length; i++)
        {
            var framing = BannerHeading.Framing(lines, i);
            var framed = framing is not null;
            var banner = levels.Of(framing is { } mark ? BannerHeading.AsBanner(mark, lines[i]) : lines[i]);
            if (banner is null) continue;
            lines[i] = new string('#', banner.Value.Level) + " " + banner.Value.Text;
            bannerLines.Add(i + 1);
            if (!framed) continue;
            lines[i - 1] = lines[i + 1] = "";
            i++;
        }
        var underlined = BlankRuleUnderHeader(lines);
        return bannerLines.Count == 0 && !underlined ? text : string.Join('\n', lines);
    }

    // "HIST 2150 …\nWEEK 8 …\nmy notes …\n=====": a long rule under an opening block of several lines closes a typed header, as
    // plain text reads it; Markdown would underline the whole block into one heading, and the document's title with it. A rule
    // under one line, under Markdown's own blocks, or further on is Markdown's.
    private static bool BlankRuleUnderHeader(string[] lines)
    {
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0) return false;
        var rule = first;
        // Typed lines of words: a Markdown heading, list, quote or table above the rule is Markdown's own.
        while (rule < lines.Length && lines[rule].TrimStart() is { Length: > 0 } typed && char.IsLetterOrDigit(typed[0])) rule++;
        if (rule - first < 2 || rule >= lines.Length || lines[rule].Trim() is not { Length: >= MinUnderBlockRule } line || line[0] is not ('=' or '-'))
            return false;
        lines[rule] = "";
        return true;
    }

    private const int MinUnderBlockRule = 5;

    // Notes headed only by banners open with their title as plain text does: a short first line above the first banner.
    private static string? OpeningTitle(string text, IReadOnlyList<Documents.Block> blocks)
    {
        if (blocks.Count == 0 || blocks[0].Kind != PassageKind.Paragraph) return null;
        var first = text.TrimStart('\uFEFF').Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        return first is not null && blocks[0].Text.StartsWith(first, StringComparison.Ordinal) && ArticleTitle.LooksLikeTitle(first) ? first : null;
    }

    private const string YamlFence = "---";
    private const string TomlFence = "+++";

    // Front matter: the file opens with a fence line ("---" for YAML, "+++" for TOML) and another such line closes it.
    private static bool FrontMatterFence(string text, string fence)
    {
        var start = text.TrimStart('\uFEFF');
        return start.StartsWith(fence, StringComparison.Ordinal) && FenceClose(start.Split('\n'), fence) > 0;
    }

    // The index of the line that closes front matter opened by the first line, or -1: one rule for finding it and for taking it out.
    private static int FenceClose(string[] lines, string fence) =>
        lines.Length > 1 && lines[0].TrimEnd('\r') == fence ? Array.FindIndex(lines, 1, l => l.TrimEnd() == fence) : -1;

    // Markdig reads only YAML front matter, so TOML's is taken out here: its lines go blank, and every line keeps its number.
    private static string WithoutTomlFrontMatter(string text, out string? toml)
    {
        toml = null;
        if (!FrontMatterFence(text, TomlFence)) return text;
        var lines = text.Split('\n');
        var close = FenceClose([lines[0].TrimStart('\uFEFF'), .. lines[1..]], TomlFence);
        if (close < 0) return text;
        toml = string.Join('\n', lines[1..close]);
        for (var i = 0; i <= close; i++) lines[i] = "";
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^#{1,6}\s+\S")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^[-*+]\s")]
    private static partial Regex Bullet();

    // "**Introduction**", "**3\. Aden, January 1986**": strong emphasis from end to end of the line.
    [GeneratedRegex(@"^\*\*[^*\s](.*[^*\s])?\*\*$")]
    private static partial Regex BoldLine();

    // "[^1]: Halliday 1990, p. 4."
    [GeneratedRegex(@"^\[\^[^\]\s]+\]:")]
    private static partial Regex FootnoteDefinition();
}
