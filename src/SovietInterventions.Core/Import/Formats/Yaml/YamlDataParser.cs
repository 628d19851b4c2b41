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
/// target: Ukraine; from: 1918-01; to: 1918-04; kind: invasion; soviet: …") but as a record of its own, under a heading of
/// the list's key; a nested mapping's fields are cells of the row ("people: {soviet: […]}" gives "soviet: …"), a merge key's
/// ("&lt;&lt;: *defaults") those the record does not set itself, a list of words one cell. A record's sources are
/// references, its notes a cell of its row. A list of words is a list of items; a key's lone value a line "key: value", and
/// a key outside the records that names an apparatus ("sources", "notes") heads references. Comments are never prose; the
/// title is the file's name.
/// </summary>
internal static class YamlDataParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".yaml", ".yml"];

    // Aliases can repeat a node many times over: reading a file out may visit at most this many nodes and characters per
    // character of the file.
    private const int MaxGrowth = 4;
    private const int MaxDepth = 8;
    private const string MergeKey = "<<";

    /// <summary>A ".yaml" or ".yml" file is YAML data (5).</summary>
    public static int Likeness(DocumentShape shape) => shape.HasExtension(Extensions) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var stream = YamlNesting.Load(source.Text, source.FileName, MaxDepth);
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
        private long budget;

        public Reading(SourceText source, string title)
        {
            this.source = source;
            budget = (long)source.Text.Length * MaxGrowth + 1024;
            Outline.AddHeading(title, 1, 1);
        }

        public OutlineBlocks Outline { get; } = new();
        public List<string> References { get; } = [];

        public void Visit(YamlNode node, string? key, int level, int depth)
        {
            Spend(node, 1);
            switch (node)
            {
                case YamlSequenceNode list when list.Children.Any(c => c is YamlMappingNode):
                    if (key is not null) AddHeading(node, key, level);
                    foreach (var item in list.Children)
                    {
                        // Each record is a row of its own: no header across records, no year taken from the record above.
                        if (item is YamlMappingNode record && Cells(record, depth + 1) is { Count: > 0 } cells
                            && new TimelineRows([.. cells.Keys]).Read([.. cells.Values], References.Add) is { } row)
                            Add(PassageKind.Paragraph, row, Line(record));
                        else if (item is not YamlMappingNode) Visit(item, null, level + 1, depth + 1);
                    }
                    break;
                case YamlSequenceNode list:
                    if (key is not null) AddHeading(node, key, level);
                    foreach (var item in list.Children) Add(PassageKind.ListItem, Text(item, depth + 1), Line(item));
                    break;
                case YamlMappingNode mapping:
                    if (key is not null) AddHeading(node, key, level);
                    var inner = key is null ? level : level + 1;
                    foreach (var (name, value) in mapping.Children)
                    {
                        var label = TimelineRows.Label(Text(name, depth + 1));
                        // A key's value stands under the mapping, not under the section a sibling before it opened ("notes: {…}").
                        Outline.EndSections(inner);
                        if (value is YamlScalarNode && Text(value, depth + 1) is { Length: > 0 } text) Add(PassageKind.Paragraph, $"{label}: {text}", Line(name));
                        else if (value is not YamlScalarNode) Visit(value, label, inner, depth + 1);
                    }
                    break;
                case YamlScalarNode:
                    Add(PassageKind.Paragraph, Text(node, depth + 1), Line(node));
                    break;
            }
        }

        // A record's cells by label, in the order written: its fields, a nested mapping's fields (prefixed with the mapping's name
        // only where two would clash), a merge key's fields that the record does not set; the first of two equal labels wins.
        private Dictionary<string, string> Cells(YamlMappingNode record, int depth)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            void Read(YamlMappingNode mapping, string? outer, int level)
            {
                Spend(mapping, 1);
                foreach (var (name, value) in mapping.Children.OrderBy(c => IsMerge(c.Key)))
                {
                    if (IsMerge(name))
                    {
                        foreach (var merged in value is YamlSequenceNode list ? list.Children.OfType<YamlMappingNode>() : value is YamlMappingNode one ? [one] : [])
                            Read(merged, outer, level + 1);
                        continue;
                    }
                    var label = TimelineRows.Label(Text(name, level));
                    if (cells.ContainsKey(label) && outer is not null) label = $"{outer} {label}";
                    if (value is YamlMappingNode nested) Read(nested, label, level + 1);
                    else if (!cells.ContainsKey(label) && Text(value, level) is { Length: > 0 } text) cells[label] = text;
                }
            }
            Read(record, null, depth);
            return cells;
        }

        private static bool IsMerge(YamlNode key) => key is YamlScalarNode { Value: MergeKey };

        // A node's words: a scalar's value ("~" and "null" are none), a list's items joined, a mapping's "name: value" pairs.
        private string Text(YamlNode node, int depth)
        {
            Spend(node, 1);
            if (depth > MaxDepth) throw new ImportException(source.FileName, Line(node), $"the YAML nests deeper than {MaxDepth} levels.");
            var text = node switch
            {
                YamlScalarNode { Value: null or "~" or "null" } => "",
                YamlScalarNode scalar => ProseText.Squash(scalar.Value),
                YamlSequenceNode list => string.Join(", ", list.Children.Select(c => Text(c, depth + 1)).Where(t => t.Length > 0)),
                YamlMappingNode mapping => string.Join(", ", mapping.Children.Select(c => $"{Text(c.Key, depth + 1)}: {Text(c.Value, depth + 1)}")),
                _ => "",
            };
            Spend(node, text.Length);
            return text;
        }

        // Every node visited and every character read out costs: aliases repeating a node, even an empty one, soon spend it all.
        private void Spend(YamlNode node, int amount)
        {
            budget -= amount;
            if (budget < 0) throw new ImportException(source.FileName, Line(node), $"the YAML reads out to more than {MaxGrowth} times the file's length (aliases repeating nodes).");
        }

        private void AddHeading(YamlNode node, string key, int level)
        {
            Spend(node, key.Length);
            Outline.AddHeading(key, level, Line(node));
        }

        private void Add(PassageKind kind, string text, int line)
        {
            if (text.Length > 0) Outline.AddText(kind, text, line);
        }
    }

    private static int Line(YamlNode node) => Math.Max((int)node.Start.Line, 1);
}
