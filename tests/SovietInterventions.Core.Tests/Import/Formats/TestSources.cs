using System.Text;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Reading;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Formats;

/// <summary>Inline documents and the real seeds, read the way the importer reads them.</summary>
internal static class TestSources
{
    public const string WikiSeed = "soviet-involvement-in-regime-change.wiki";
    public const string PlainTextSeed = "military-occupations-by-the-soviet-union.txt";
    public const string MarkdownSeed = "soviet-foreign-policy-notes.md";

    public static SourceText Of(string text, string fileName = "doc.txt") =>
        SourceReader.Decode(fileName, Encoding.UTF8.GetBytes(text));

    public static SourceText Seed(string fileName) => SourceReader.Read(RepositoryRoot.Seed(fileName));

    public static string Path(IEnumerable<SovietInterventions.Core.Import.Documents.Heading> headings) =>
        string.Join(" › ", headings.Select(h => h.Text));

    /// <summary>The texts of a parsed document's passages that are not headings, in reading order.</summary>
    public static List<string> ProseOf(ParsedDocument document) =>
        document.Blocks.Where(b => b.Kind != PassageKind.Heading).Select(b => b.Text).ToList();
}
