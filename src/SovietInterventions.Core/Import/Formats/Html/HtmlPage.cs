using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.Html;

/// <summary>
/// Parses a saved web page with AngleSharp, within bounds: nesting is flattened past <see cref="HtmlNesting.MaxDepth"/>
/// before parsing, the parser nests no deeper than that either, and a page that makes more than
/// <see cref="MaxElements"/> elements (the parser can make many for few tags: misnested formatting is reopened in
/// every paragraph) is refused with the line it had reached. Scripts are never run and nothing is fetched.
/// </summary>
internal static class HtmlPage
{
    /// <summary>Far more than a long saved encyclopedia article (some tens of thousands), far less than exhausts memory.</summary>
    public const int MaxElements = 300_000;

    public static IDocument Read(SourceText source, List<string> warnings)
    {
        var (text, blanked) = HtmlNesting.Bound(source.Text);
        if (blanked > 0)
            warnings.Add($"{source.FileName}: tags nested deeper than {HtmlNesting.MaxDepth} levels ({blanked} tags) were read as the text around them.");
        var created = 0;
        var line = 1;
        var options = new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            IsScripting = false,
            MaximumDepth = HtmlNesting.MaxDepth + 50,
            OnCreated = (_, position) =>
            {
                line = position.Line;
                if (++created > MaxElements) throw new TooManyElements();
            },
        };
        try
        {
            return new HtmlParser(options).ParseDocument(text);
        }
        catch (TooManyElements)
        {
            throw new ImportException(source.FileName, line, $"the page makes more than {MaxElements:N0} HTML elements by this line, more than a web page that holds an article; it is not read.");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ImportException)
        {
            throw new ImportException(source.FileName, line, $"the HTML cannot be read: {e.Message}", e);
        }
    }

    private sealed class TooManyElements : Exception;
}
