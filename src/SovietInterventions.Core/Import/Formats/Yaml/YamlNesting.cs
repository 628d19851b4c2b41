using SovietInterventions.Core.Import.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SovietInterventions.Core.Import.Formats.Yaml;

/// <summary>
/// Loads YAML into YamlDotNet's node tree only after its events (read without recursion) showed it nests no deeper than a
/// limit: the tree is built by recursion, and "[[[[…" a hundred thousand deep would overflow the stack, which no catch stops.
/// Anything YamlDotNet refuses, a duplicate key among them, is an error naming the file and line.
/// </summary>
internal static class YamlNesting
{
    public static YamlStream Load(string yaml, string fileName, int maxDepth, int firstLine = 1)
    {
        var stream = new YamlStream();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            var depth = 0; // the stream and the document open two levels before any collection
            while (parser.MoveNext())
            {
                depth += parser.Current!.NestingIncrease;
                if (depth > maxDepth + 2)
                    throw new ImportException(fileName, firstLine - 1 + (int)parser.Current.Start.Line, $"the YAML nests deeper than {maxDepth} levels.");
            }
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or ArgumentException or InvalidOperationException)
        {
            var line = e is YamlException bad ? firstLine - 1 + (int)bad.Start.Line : firstLine;
            throw new ImportException(fileName, line, $"the YAML cannot be read: {e.Message}", e);
        }
        return stream;
    }
}
