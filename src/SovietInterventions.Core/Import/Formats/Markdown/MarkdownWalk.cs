using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;
using MarkdigBlock = Markdig.Syntax.Block;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// One walk over a Markdig tree, keeping the heading path. Escaped bullets ("- \* PLUS …") and "**PRO**"
/// labels are ordinary content; their leading marks are dropped. A reference section's text, a line of
/// links only, a link definition and a <see cref="ReadingList"/> go to <see cref="References"/>, never to the blocks.
/// </summary>
internal sealed class MarkdownWalk
{
    private readonly string fileName;
    private readonly List<Heading> headings = [];
    private readonly List<string> warnings;
    private int? referenceLevel; // inside a "References" or "Links & Embeds" section down to this level
    private int sectionLevel = 1; // the level of the last "#" heading: a bold line or a callout title heads one below it
    private readonly Stack<(List<Heading> Headings, int Level)> toggles = new(); // the headings outside each open toggle

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
            case ListBlock list when ReadingList.Is(list):
                References.AddRange(list.OfType<ListItemBlock>().Select(i => Clean(InlineText.Of(((ParagraphBlock)i[0]).Inline))));
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>()) VisitItem(item, depth);
                break;
            case ParagraphBlock paragraph when EmphasisHeading.RunIn(paragraph) is { } heading:
                // A run-in heading heads its own paragraph and nothing after it.
                InOwnSection(() =>
                {
                    AddHeading(Clean(heading), sectionLevel + 1, paragraph.Line + 1);
                    Add(PassageKind.Paragraph, paragraph, depth);
                });
                break;
            case ParagraphBlock paragraph when EmphasisHeading.Of(paragraph) is var (heading, rest):
                // A bold line repeating its section's heading ("## Plan" then "**Plan**") heads nothing new.
                if (headings.Count == 0 || headings[^1].Text != Clean(heading)) AddHeading(Clean(heading), sectionLevel + 1, paragraph.Line + 1);
                AddText(PassageKind.Paragraph, Clean(rest), paragraph.Line + 1, depth);
                break;
            case ParagraphBlock paragraph:
                Add(PassageKind.Paragraph, paragraph, depth);
                break;
            case QuoteBlock quote when Callout.Title(quote) is { } title:
                VisitCallout(quote, Clean(title), depth);
                break;
            case FootnoteGroup footnotes:
                References.AddRange(footnotes.OfType<Footnote>().Select(Footnote).Where(f => f.Length > 0));
                break;
            case Table table:
                foreach (var (line, text) in TableRows.Of(table, Clean)) AddText(PassageKind.Paragraph, text, line, depth);
                break;
            case LinkReferenceDefinitionGroup definitions:
                References.AddRange(definitions.OfType<LinkReferenceDefinition>().Where(d => d is not FootnoteLinkReferenceDefinition)
                    .Select(d => $"{d.Label}: {d.Url}"));
                break;
            case HtmlBlock html:
                VisitToggle(html);
                break;
            // Fenced code (an Obsidian query, a script) is no prose.
            case Markdig.Extensions.Yaml.YamlFrontMatterBlock or ThematicBreakBlock or FencedCodeBlock:
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
        // A task ("- [ ] ask Dr K about the dates", done or not) is the writer's note to self, not history.
        if (item.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: TaskList }) return;
        foreach (var child in item)
        {
            if (child is ParagraphBlock paragraph) Add(PassageKind.ListItem, paragraph, depth);
            else Visit(child, depth + 1);
        }
    }

    // A callout's title heads its text and nothing after the callout.
    private void VisitCallout(QuoteBlock quote, string title, int depth) => InOwnSection(() =>
    {
        var first = (ParagraphBlock)quote[0];
        if (title.Length > 0) AddHeading(title, sectionLevel + 1, first.Line + 1);
        AddText(PassageKind.Paragraph, Clean(Callout.Body(first)), first.Line + 1, depth);
        foreach (var child in quote.Skip(1)) Visit(child, depth);
    });

    // What the action adds stands in a section of its own: the headings and apparatus section around it are as before afterwards.
    private void InOwnSection(Action add)
    {
        var (outer, outerReference) = (headings.ToList(), referenceLevel);
        add();
        headings.Clear();
        headings.AddRange(outer);
        referenceLevel = outerReference;
    }

    // Other HTML is no prose; a toggle's summary heads what it folds, text inside a toggle is prose, and the toggle's end gives
    // back the headings outside it.
    private void VisitToggle(HtmlBlock html)
    {
        foreach (var (part, text) in Toggle.Parts(html))
            switch (part)
            {
                case TogglePart.Open:
                    toggles.Push((headings.ToList(), sectionLevel));
                    break;
                case TogglePart.Summary when toggles.Count > 0 && text.Length > 0:
                    if (AddHeading(Clean(text), sectionLevel + 1, html.Line + 1)) sectionLevel++;
                    break;
                case TogglePart.Text when toggles.Count > 0:
                    AddText(PassageKind.Paragraph, Clean(text), html.Line + 1, 0);
                    break;
                case TogglePart.Close when toggles.TryPop(out var outer):
                    headings.Clear();
                    headings.AddRange(outer.Headings);
                    sectionLevel = outer.Level;
                    break;
            }
    }

    private string Footnote(Footnote footnote) =>
        string.Join(' ', footnote.OfType<LeafBlock>().Select(leaf => Clean(leaf is ParagraphBlock p ? InlineText.Of(p.Inline) : leaf.Lines.ToString())));

    private void AddHeading(HeadingBlock heading)
    {
        var text = Clean(InlineText.Of(heading.Inline));
        if (AddHeading(text, heading.Level, heading.Line + 1)) sectionLevel = heading.Level;
    }

    // True when the text heads a section of prose (not a tag, a field, a reference section or the title again).
    private bool AddHeading(string text, int level, int line)
    {
        if (referenceLevel is { } within && level > within) return false;
        referenceLevel = null;
        // A heading that was only a tag or an Obsidian field ("## #abstract", "### #same_as :: [[X]]") heads nothing.
        if (text.Length == 0 || text.StartsWith("::", StringComparison.Ordinal)) return false;
        // A top-level heading titles a document ("# Notes"); apparatus sits below it.
        if (level > 1 && ReferenceSections.IsReferenceHeading(text))
        {
            referenceLevel = level;
            return false;
        }
        if (level == 1 && headings is [{ Level: 1 } only] && only.Text == text && Blocks.Count == 1) return true;
        headings.RemoveAll(h => h.Level >= level);
        headings.Add(new Heading(text, level, line));
        Blocks.Add(new Documents.Block(PassageKind.Heading, text, line, headings.ToArray(), level));
        return true;
    }

    private void Add(PassageKind kind, LeafBlock leaf, int depth)
    {
        var text = Clean(ChatMessage.Text(leaf.Inline));
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
