using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.Html;

/// <summary>
/// Parses a saved web page with AngleSharp, within bounds: nesting is flattened past <see cref="HtmlNesting.MaxDepth"/>
/// before parsing, and the parser nests no deeper than that either. A page that makes the parser work far beyond its
/// size (formatting left open is reopened, element by element, in every paragraph: few tags, millions of elements)
/// is refused with the line it had reached: the parse may allocate <see cref="BaseBytes"/> plus
/// <see cref="BytesPerCharacter"/> for each character of the page. Scripts are never run and nothing is fetched.
/// </summary>
internal static class HtmlPage
{
    // A saved encyclopedia article allocates some 30 bytes a character while it is parsed.
    public const long BaseBytes = 128L << 20;
    public const long BytesPerCharacter = 48;

    public static IDocument Read(SourceText source, List<string> warnings)
    {
        var (text, blanked) = HtmlNesting.Bound(source.Text);
        if (blanked > 0)
            warnings.Add($"{source.FileName}: tags nested deeper than {HtmlNesting.MaxDepth} levels ({blanked} tags) were read as the text around them.");
        var budget = BaseBytes + BytesPerCharacter * text.Length;
        var start = GC.GetAllocatedBytesForCurrentThread();
        var line = 1;
        var options = new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            IsScripting = false,
            MaximumDepth = HtmlNesting.MaxDepth + 50,
            OnToken = (_, range) =>
            {
                line = range.Start.Line;
                if (GC.GetAllocatedBytesForCurrentThread() - start > budget) throw new TooMuchWork();
            },
        };
        try
        {
            return new HtmlParser(options).ParseDocument(text);
        }
        catch (TooMuchWork)
        {
            throw new ImportException(source.FileName, line, $"the page makes far more HTML elements than its size explains (over {budget >> 20} MB of work by this line, usually formatting tags left open); it is not read.");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not ImportException)
        {
            throw new ImportException(source.FileName, line, $"the HTML cannot be read: {e.Message}", e);
        }
    }

    private sealed class TooMuchWork : Exception;
}
