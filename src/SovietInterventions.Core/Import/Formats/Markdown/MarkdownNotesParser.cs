using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// Parses Markdown (study notes, blog essays, Obsidian notes) with Markdig's syntax tree: YAML front matter
/// is metadata, headings make the section path, paragraphs, list items and table rows become blocks,
/// apparatus (reference sections, link-only lines, link definitions) becomes the document's references.
/// The title is the front matter's, else the first top-level heading's, else the file name's.
/// </summary>
public static class MarkdownNotesParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation().UseYamlFrontMatter().UsePipeTables().Build();

    public static ParsedDocument Parse(SourceText source)
    {
        MarkdownDocument tree;
        MarkdownIndentation.Check(source);
        try
        {
            tree = Markdig.Markdown.Parse(source.Text, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses pathological nesting; that is bad input, not a crash.
            throw new ImportException(source.FileName, null, $"the Markdown cannot be read: {e.Message}", e);
        }

        var warnings = new List<string>();
        var frontMatter = tree.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        var metadata = frontMatter is null ? DocumentMetadata.None
            : FrontMatter.Read(frontMatter.Lines.ToString(), source.FileName, frontMatter.Line + 2, warnings);

        var walk = new MarkdownWalk(source.FileName, metadata.Title, warnings);
        foreach (var block in tree) walk.Visit(block, depth: 0);

        var title = metadata.Title
            ?? walk.Blocks.FirstOrDefault(b => b.Kind == PassageKind.Heading && b.Depth == 1)?.Text
            ?? walk.Blocks.FirstOrDefault(b => b.Kind == PassageKind.Heading)?.Text
            ?? ObsidianText.Readable(Path.GetFileNameWithoutExtension(source.FileName));
        var tags = metadata.Tags.Concat(walk.Tags).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new ParsedDocument(source.FileName, title, SourceFormat.Markdown, walk.Blocks, warnings)
        {
            Sha256 = source.Sha256,
            Metadata = metadata with { Tags = tags },
            References = walk.References,
        };
    }
}
