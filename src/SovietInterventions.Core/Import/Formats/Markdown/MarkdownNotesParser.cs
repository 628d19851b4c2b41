using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Model;
using MarkdigBlock = Markdig.Syntax.Block;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// Parses Markdown study notes with Markdig's syntax tree: headings make the section path,
/// paragraphs and (nested) list items become blocks. Escaped bullets ("- \* PLUS …") and
/// "**PRO**" labels are ordinary content; their leading marks are dropped from the text.
/// </summary>
public static class MarkdownNotesParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static ParsedDocument Parse(SourceText source)
    {
        MarkdownDocument tree;
        try
        {
            tree = Markdig.Markdown.Parse(source.Text, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses pathological nesting; that is bad input, not a crash.
            throw new ImportException(source.FileName, null, $"the Markdown cannot be read: {e.Message}", e);
        }
        var state = new Walk(source.FileName);
        foreach (var block in tree) state.Visit(block, depth: 0);
        var title = state.Blocks.FirstOrDefault(b => b.Kind == PassageKind.Heading)?.Text
            ?? Path.GetFileNameWithoutExtension(source.FileName);
        return new ParsedDocument(source.FileName, title, SourceFormat.Markdown, state.Blocks, state.Warnings) { Sha256 = source.Sha256 };
    }

    private sealed class Walk(string fileName)
    {
        private readonly List<Heading> headings = [];
        public List<Documents.Block> Blocks { get; } = [];
        public List<string> Warnings { get; } = [];

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
                case QuoteBlock or ContainerBlock:
                    foreach (var child in (ContainerBlock)block) Visit(child, depth);
                    break;
                case LeafBlock leaf when leaf.Lines.Count > 0:
                    Add(PassageKind.Paragraph, leaf, depth);
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
            if (text.Length == 0) return;
            headings.RemoveAll(h => h.Level >= heading.Level);
            headings.Add(new Heading(text, heading.Level, heading.Line + 1));
            Blocks.Add(new Documents.Block(PassageKind.Heading, text, heading.Line + 1, headings.ToArray(), heading.Level));
        }

        private void Add(PassageKind kind, LeafBlock leaf, int depth)
        {
            var text = Clean(leaf.Inline is null ? leaf.Lines.ToString() : InlineText.Of(leaf.Inline));
            if (text.Length == 0) return;
            if (headings.Count == 0) Warnings.Add($"{fileName}:{leaf.Line + 1}: text before the first heading.");
            Blocks.Add(new Documents.Block(kind, text, leaf.Line + 1, headings.ToArray(), depth));
        }

        // Notes mark their bullets by hand ("* PLUS", "-Time to prepare"); the mark is not content.
        private static string Clean(string text)
        {
            text = string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
            var start = 0;
            while (start < text.Length && (text[start] is '*' or '-' or '–' or '•' || char.IsWhiteSpace(text[start]))) start++;
            return text[start..];
        }
    }
}
