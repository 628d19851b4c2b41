using System.Globalization;
using SovietInterventions.Core.Import.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// Reads a Markdown document's YAML front matter (Hugo, Jekyll, Obsidian) into its metadata:
/// title, date, author(s), url, aliases and tags. Every other key is ignored; none of it is prose.
/// </summary>
internal static class FrontMatter
{
    /// <summary>Reads the YAML between the "---" fences; bad YAML gives no metadata and a warning, never a failed import.</summary>
    public static DocumentMetadata Read(string yaml, string fileName, int line, List<string> warnings)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            warnings.Add($"{fileName}:{line + (int)e.Start.Line}: front matter is not valid YAML ({e.Message}); it was left out.");
            return DocumentMetadata.None;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return DocumentMetadata.None;

        var fields = root.Children
            .Where(c => c.Key is YamlScalarNode { Value: not null })
            .GroupBy(c => ((YamlScalarNode)c.Key).Value!.Trim().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First().Value);
        return new DocumentMetadata
        {
            Title = Scalar(fields, "title"),
            Date = Date(Scalar(fields, "date") ?? Scalar(fields, "published")),
            Author = string.Join(", ", List(fields, "author").Concat(List(fields, "authors")).Distinct()) is { Length: > 0 } a ? a : null,
            Url = AbsoluteUrl(Scalar(fields, "url") ?? Scalar(fields, "source") ?? Scalar(fields, "link")),
            Aliases = [.. List(fields, "aliases").Concat(List(fields, "alias")).Select(ObsidianText.Readable).Distinct()],
            Tags = [.. List(fields, "tags").Concat(List(fields, "tag")).Select(t => t.TrimStart('#')).Where(t => t.Length > 0).Distinct()],
        };
    }

    private static string? Scalar(Dictionary<string, YamlNode> fields, string key) =>
        fields.GetValueOrDefault(key) is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value.Trim() : null;

    // A list may be written as a YAML sequence or as one comma-separated string ("tags: a, b").
    private static IEnumerable<string> List(Dictionary<string, YamlNode> fields, string key) => fields.GetValueOrDefault(key) switch
    {
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(v => v.Length > 0),
        YamlScalarNode { Value: { } value } => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        _ => [],
    };

    // "2010-08-12T17:00:00Z" and "2010-08-12" are dates; anything else is kept as written.
    private static string? Date(string? value)
    {
        if (value is null) return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) && value.Length >= 10 && char.IsDigit(value[0]))
            return date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return value;
    }

    // A site-relative path ("2010/08/essay.html") says nothing a reader can follow.
    private static string? AbsoluteUrl(string? value) =>
        value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? value : null;
}
