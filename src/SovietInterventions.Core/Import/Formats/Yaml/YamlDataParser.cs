using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Delimited;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SovietInterventions.Core.Import.Formats.Yaml;

/// <summary>
/// Reads a YAML data file (a hobbyist's "interventions.yaml", a static site's data folder) with YamlDotNet. A list of
/// mappings is a table: each mapping is one row, read as a spreadsheet's row is (<see cref="TimelineRows"/>: "ukr-1918 —
/// target: Ukraine; from: 1918-01; to: 1918-04; kind: invasion; soviet: …"), under a heading of the list's key; a nested
/// mapping's fields are cells of the row ("people: {soviet: […]}" gives "soviet: …"), a list of words one cell. A list of
/// words is a list of items; a key's lone value a line "key: value". Comments are the file's own notes and never prose; the
/// title is the file's name.
/// </summary>
internal static class YamlDataParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".yaml", ".yml"];

    // Aliases can repeat a node many times over; a file may not grow past this many times its own length when read out.
    private const int MaxGrowth = 4;
    private const int MaxDepth = 8;

    /// <summary>A ".yaml" or ".yml" file is YAML data (5); Markdown's front matter is read with its notes.</summary>
    public static int Likeness(DocumentShape shape) => shape.HasExtension(Extensions) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(source.Text));
        }
        catch (YamlException e)
        {
            throw new ImportException(source.FileName, (int)e.Start.Line, $"the YAML cannot be read: {e.Message}", e);
        }

        var title = Path.GetFileNameWithoutExtension(source.FileName);
        var reading = new Reading(source, title);
        foreach (var document in stream.Documents) reading.Visit(document.RootNode, key: null, level: 2, depth: 0);
        return new ParsedDocument(source.FileName, title, SourceFormat.Yaml, reading.Outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = [.. reading.References, .. reading.Outline.References],
        };
    }

    private sealed class Reading
    {
        private readonly SourceText source;
        private int budget;

        public Reading(SourceText source, string title)
        {
            this.source = source;
            budget = source.Text.Length * MaxGrowth + 1024;
            Outline.AddHeading(title, 1, 1);
        }

        public OutlineBlocks Outline { get; } = new();
        public List<string> References { get; } = [];

        public void Visit(YamlNode node, string? key, int level, int depth)
        {
            if (depth > MaxDepth) throw new ImportException(source.FileName, Line(node), $"the YAML nests deeper than {MaxDepth} levels.");
            switch (node)
            {
                case YamlSequenceNode list when list.Children.Any(c => c is YamlMappingNode):
                    if (key is not null) Outline.AddHeading(Words(key), level, Line(node));
                    var records = list.Children.OfType<YamlMappingNode>().Select(r => (Node: r, Cells: Cells(r, depth + 1))).ToList();
                    var header = records.SelectMany(r => r.Cells.Select(c => c.Label)).Distinct(StringComparer.Ordinal).ToList();
                    var rows = new TimelineRows(header);
                    foreach (var (record, cells) in records)
                    {
                        var byLabel = cells.ToDictionary(c => c.Label, c => c.Value, StringComparer.Ordinal);
                        if (rows.Read([.. header.Select(h => byLabel.GetValueOrDefault(h, ""))], References.Add) is { } row) Add(PassageKind.Paragraph, row, Line(record));
                    }
                    foreach (var other in list.Children.Where(c => c is not YamlMappingNode)) Visit(other, null, level + 1, depth + 1);
                    break;
                case YamlSequenceNode list:
                    if (key is not null && ReferenceSections.IsReferenceHeading(Words(key)))
                    {
                        References.AddRange(list.Children.Select(c => Text(c, depth + 1)).Where(t => t.Length > 0));
                        break;
                    }
                    if (key is not null) Outline.AddHeading(Words(key), level, Line(node));
                    foreach (var item in list.Children) Add(PassageKind.ListItem, Text(item, depth + 1), Line(item));
                    break;
                case YamlMappingNode mapping:
                    if (key is not null) Outline.AddHeading(Words(key), level, Line(node));
                    foreach (var (name, value) in mapping.Children)
                    {
                        var label = Text(name, depth + 1);
                        if (value is YamlScalarNode) Add(PassageKind.Paragraph, $"{Words(label)}: {Text(value, depth + 1)}", Line(name));
                        else Visit(value, label, key is null ? level : level + 1, depth + 1);
                    }
                    break;
                case YamlScalarNode:
                    Add(PassageKind.Paragraph, Text(node, depth + 1), Line(node));
                    break;
            }
        }

        // A record's cells: its fields by name, a nested mapping's fields by their own names (its name only where two would clash).
        private List<(string Label, string Value)> Cells(YamlMappingNode record, int depth)
        {
            var cells = new List<(string Label, string Value)>();
            void Read(YamlMappingNode mapping, string? outer, int level)
            {
                if (level > MaxDepth) throw new ImportException(source.FileName, Line(mapping), $"the YAML nests deeper than {MaxDepth} levels.");
                foreach (var (name, value) in mapping.Children)
                {
                    var label = Words(Text(name, level));
                    if (cells.Any(c => c.Label == label) && outer is not null) label = $"{outer} {label}";
                    if (value is YamlMappingNode inner) Read(inner, label, level + 1);
                    else if (Text(value, level) is { Length: > 0 } text) cells.Add((label, text));
                }
            }
            Read(record, null, depth);
            return cells;
        }

        // A node's words: a scalar's value, a list's items joined, a mapping's "name: value" pairs.
        private string Text(YamlNode node, int depth)
        {
            if (depth > MaxDepth) throw new ImportException(source.FileName, Line(node), $"the YAML nests deeper than {MaxDepth} levels.");
            var text = node switch
            {
                YamlScalarNode scalar => Flat(scalar.Value ?? ""),
                YamlSequenceNode list => string.Join(", ", list.Children.Select(c => Text(c, depth + 1)).Where(t => t.Length > 0)),
                YamlMappingNode mapping => string.Join(", ", mapping.Children.Select(c => $"{Text(c.Key, depth + 1)}: {Text(c.Value, depth + 1)}")),
                _ => "",
            };
            budget -= text.Length;
            if (budget < 0) throw new ImportException(source.FileName, Line(node), $"the YAML repeats its aliases past {MaxGrowth} times the file's length.");
            return text;
        }

        private void Add(PassageKind kind, string text, int line)
        {
            if (text.Length > 0) Outline.AddText(kind, text, line);
        }
    }

    // "local_clients" reads "local clients".
    private static string Words(string key) => key.Replace('_', ' ').Trim();

    // A folded or literal block ("notes: >") is one paragraph of prose.
    private static string Flat(string text) => string.Join(' ', text.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static int Line(YamlNode node) => Math.Max((int)node.Start.Line, 1);
}
