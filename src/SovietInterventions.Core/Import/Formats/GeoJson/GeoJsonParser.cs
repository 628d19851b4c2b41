using System.Text.Json;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Html;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.GeoJson;

/// <summary>
/// Reads a map layer saved as GeoJSON (RFC 7946: a FeatureCollection, as QGIS, ogr2ogr or a story-map tool write it). Each
/// feature is a section under its name; the properties that hold prose (a popup's HTML, a description) are its text, read as a
/// web page's are. Coordinates, ids, styles and the short fields a map draws with (dates, flags, zoom) are the map's
/// bookkeeping, not prose: the dates the prose states are the ones read.
/// </summary>
internal static class GeoJsonParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".geojson"];

    private static readonly string[] NameKeys = ["name", "title", "label", "Name", "NAME", "Title"];
    // A property of fewer words is a field the map draws with ("Manchukuo (Japanese puppet state), China"), not prose.
    private const int MinWords = 8;

    /// <summary>A JSON object of GeoJSON's type FeatureCollection or Feature (6: above a message export's 4); a ".geojson" file (5).</summary>
    public static int Likeness(DocumentShape shape)
    {
        var byName = shape.HasExtension(Extensions) ? 5 : 0;
        var text = shape.Text.TrimStart('\uFEFF').Trim();
        if (!text.StartsWith('{') || !text.EndsWith('}')) return byName;
        using var json = JsonText.TryLoad(text);
        return json is not null && json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String && type.GetString() is "FeatureCollection" or "Feature" ? 6 : byName;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        using (var json = JsonText.Load(source))
        {
            var root = json.RootElement;
            var title = (root.TryGetProperty("metadata", out var metadata) ? Name(metadata) : null) ?? TitleOf(root) ?? Path.GetFileNameWithoutExtension(source.FileName);
            var page = new FragmentPage(title, 1);
            var lines = new JsonLines(source.Text);
            IEnumerable<JsonElement> features = root.TryGetProperty("features", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray() : [root];
            var number = 0;
            foreach (var feature in features.Where(f => f.ValueKind == JsonValueKind.Object))
            {
                number++;
                if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object) continue;
                var line = lines.Of(properties.GetRawText());
                // A feature with no name still heads a section of its own: its text is no part of the feature before it.
                page.AddHeading(Name(properties) ?? $"Feature {number}", 2, line);
                if (Fields(properties) is { Count: > 0 } fields) page.AddRow(fields, line);
                foreach (var (raw, text) in Prose(properties, 0))
                    page.AddText(text, lines.Of(raw));
            }
            var document = page.Parse(source);
            return document with { Format = SourceFormat.GeoJson, Title = title, Metadata = document.Metadata with { Title = title } };
        }
    }

    // The short fields the map draws with, as a table row of labelled cells: their dates, the place and the author's own flags
    // ("soviet": true) say what the feature marks, though they are no prose.
    private static List<(string Label, string Value)> Fields(JsonElement properties) =>
        [.. properties.EnumerateObject()
            .Where(p => !NameKeys.Contains(p.Name) && p.Value.ValueKind is JsonValueKind.String or JsonValueKind.True or JsonValueKind.False)
            .Select(p => (Label: p.Name.Replace('_', ' ').Trim(), Value: p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()!.Trim() : p.Value.GetRawText()))
            .Where(f => f.Label.Length > 0 && f.Value.Length > 0 && !FragmentPage.IsHtml(f.Value) && f.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < MinWords)];

    private static string? Name(JsonElement properties)
    {
        if (properties.ValueKind != JsonValueKind.Object) return null;
        foreach (var key in NameKeys)
            if (properties.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } name)
                return name;
        return null;
    }

    // A layer's own title ("title"), not ogr2ogr's file name in "name" ("interventions_ussr_v2_3").
    private static string? TitleOf(JsonElement root) =>
        root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString()!.Trim() is { Length: > 0 } text ? text : null;

    // The properties' prose in document order, nested objects and lists too: HTML, or a sentence's worth of words.
    private static IEnumerable<(string Raw, string Text)> Prose(JsonElement element, int depth)
    {
        if (depth > JsonText.MaxDepth) yield break;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => !NameKeys.Contains(p.Name)))
                    foreach (var text in Prose(property.Value, depth + 1)) yield return text;
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    foreach (var text in Prose(item, depth + 1)) yield return text;
                break;
            case JsonValueKind.String:
                var value = element.GetString()!.Trim();
                if (FragmentPage.IsHtml(value) || value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length >= MinWords)
                    yield return (element.GetRawText(), value);
                break;
        }
    }
}
