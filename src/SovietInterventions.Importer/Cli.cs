using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Reading;

namespace SovietInterventions.Importer;

/// <summary>The importer's command line: import, export and parse.</summary>
public static class Cli
{
    private const string Usage = """
        Usage:
          import <seeds-dir> <database-file> [--data <data-dir>]   build the database from the seed documents
          export <database-file>                                   write all episodes as JSON to standard output
          parse <file>                                             show how one document is read (format, sections, blocks)
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            switch (args)
            {
                case ["parse", var file]:
                    Parse(file, output);
                    return 0;
                default:
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }
        catch (ImportException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private static void Parse(string file, TextWriter output)
    {
        var document = DocumentParser.Parse(SourceReader.Read(file));
        output.WriteLine($"{document.FileName}: {document.Format}, \"{document.Title}\", {document.Blocks.Count} blocks");
        foreach (var warning in document.Warnings) output.WriteLine($"warning: {warning}");
        foreach (var block in document.Blocks)
            output.WriteLine($"{block.Line,5} {block.Kind,-9} {new string(' ', block.Depth * 2)}[{block.Section?.Text}] {block.Text}");
    }
}
