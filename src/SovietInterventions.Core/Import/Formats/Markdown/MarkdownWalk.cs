using Markdig.Extensions.Tables;
using Markdig.Syntax;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;
using MarkdigBlock = Markdig.Syntax.Block;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// One walk over a Markdig tree, keeping the heading path. Escaped bullets ("- \* PLUS …") and "**PRO**"
/// labels are ordinary content; their leading marks are dropped. A reference section's text, a line of
/// links only and a link definition go to <see cref="References"/>, never to the blocks.
/// </summary>
internal sealed class MarkdownWalk
{
    private readonly string fileName;
    private readonly List<Heading> headings = [];
    private readonly List<string> warnings;
    private int? referenceLevel; // inside a "References" or "Links & Embeds" section down to this level

    public List<Documents.Block> Blocks { get; } = [];
    public List<string> References { get; } = [];
    public HashSet<string> Tags { get; } = new(StringComparer.OrdinalIgnoreCase);

    public MarkdownWalk(string fileName, string? frontMatterTitle, List<string> warnings)
    {
        this.fileName = fileName;
        this.warnings = warnings;
        if (frontMatterTitle is null) return;
        // The front matter's title heads the document as a "# Title" would.
        headings.Add(new Heading(frontMatterTitle, 1, 1));
        Blocks.Add(new Documents.Block(PassageKind.Heading, frontMatterTitle, 1, headings.ToArray(), 1));
    }

    public void Visit(MarkdigBlock block, int depth)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddHeading(heading);
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>()) VisitItem(item, depth);
                break;
            case ParagraphBlock paragraph:
                Add(PassageKind.Paragraph, paragraph, depth);
                break;
            case Table table:
                foreach (var (line, text) in TableRows.Of(table, Clean)) AddText(PassageKind.Paragraph, text, line, depth);
                break;
            case LinkReferenceDefinitionGroup definitions:
                References.AddRange(definitions.OfType<LinkReferenceDefinition>().Select(d => $"{d.Label}: {d.Url}"));
                break;
            case HtmlBlock or Markdig.Extensions.Yaml.YamlFrontMatterBlock or ThematicBreakBlock:
                break;
            case ContainerBlock container:
                foreach (var child in container) Visit(child, depth);
                break;
            case LeafBlock leaf when leaf.Lines.Count > 0:
                AddText(PassageKind.Paragraph, Clean(leaf.Lines.ToString()), leaf.Line + 1, depth);
                break;
        }
    }

    private void VisitItem(ListItemBlock item, int depth)
    {
        foreach (var child in item)
        {
            if (child is ParagraphBlock paragraph) Add(PassageKind.ListItem, paragraph, depth);
            else Visit(child, depth + 1);
        }
    }

    private void AddHeading(HeadingBlock heading)
    {
        var text = Clean(InlineText.Of(heading.Inline));
        if (referenceLevel is { } level && heading.Level > level) return;
        referenceLevel = null;
        // A heading that was only a tag or an Obsidian field ("## #abstract", "### #same_as :: [[X]]") heads nothing.
        if (text.Length == 0 || text.StartsWith("::", StringComparison.Ordinal)) return;
        // A top-level heading titles a document ("# Notes"); apparatus sits below it.
        if (heading.Level > 1 && ReferenceSections.IsReferenceHeading(text))
        {
            referenceLevel = heading.Level;
            return;
        }
        if (heading.Level == 1 && headings is [{ Level: 1 } only] && only.Text == text && Blocks.Count == 1) return;
        headings.RemoveAll(h => h.Level >= heading.Level);
        headings.Add(new Heading(text, heading.Level, heading.Line + 1));
        Blocks.Add(new Documents.Block(PassageKind.Heading, text, heading.Line + 1, headings.ToArray(), heading.Level));
    }

    private void Add(PassageKind kind, LeafBlock leaf, int depth)
    {
        var text = Clean(InlineText.Of(leaf.Inline));
        if (text.Length == 0) return;
        var links = InlineText.Links(leaf.Inline);
        if (referenceLevel is not null || InlineText.IsOnlyLinks(leaf.Inline) || IsBareUrl(text) || ReferenceSections.StartsWithSourcesLabel(text))
        {
            References.Add(links.Count == 0 || IsBareUrl(text) ? text : $"{text} ({string.Join(", ", links)})");
            return;
        }
        // An Obsidian inline field ("#same_as :: [[X]]") is metadata, not prose.
        if (text.StartsWith("::", StringComparison.Ordinal)) return;
        AddText(kind, text, leaf.Line + 1, depth);
    }

    private void AddText(PassageKind kind, string text, int line, int depth)
    {
        if (text.Length == 0) return;
        if (referenceLevel is not null)
        {
            References.Add(text);
            return;
        }
        if (headings.Count == 0) warnings.Add($"{fileName}:{line}: text before the first heading.");
        Blocks.Add(new Documents.Block(kind, text, line, headings.ToArray(), depth));
    }

    // Notes mark their bullets by hand ("* PLUS", "-Time to prepare"); the mark is not content.
    private string Clean(string text)
    {
        text = ObsidianText.Clean(text.Replace('\n', ' '), Tags);
        text = string.Join(' ', text.Split((char[])[' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
        var start = 0;
        while (start < text.Length && (text[start] is '*' or '-' or '–' or '•' || char.IsWhiteSpace(text[start]))) start++;
        return text[start..];
    }

    private static bool IsBareUrl(string text) =>
        !text.Contains(' ') && (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
