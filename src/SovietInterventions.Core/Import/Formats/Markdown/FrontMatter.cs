using System.Globalization;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Yaml;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// Reads a Markdown document's front matter into its metadata: YAML between "---" fences (Hugo, Jekyll, Obsidian) or
/// TOML between "+++" fences (Hugo, Zola). Both give title, date, author(s), url, aliases and tags by the same rules;
/// every other key is ignored; none of it is prose.
/// </summary>
internal static class FrontMatter
{
    // Deeper than any site generator's front matter nests; deeper still would overflow the stack of YAML's own reader.
    private const int MaxDepth = 32;

    /// <summary>Reads the YAML between the "---" fences; bad YAML gives no metadata and a warning, never a failed import.</summary>
    public static DocumentMetadata FromYaml(string yaml, string fileName, int line, List<string> warnings)
    {
        YamlStream stream;
        try
        {
            stream = YamlNesting.Load(yaml, fileName, MaxDepth, line + 1);
        }
        catch (ImportException e)
        {
            warnings.Add($"{fileName}:{e.Line}: front matter is not valid YAML ({e.Problem}); it was left out.");
            return DocumentMetadata.None;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return DocumentMetadata.None;

        return Metadata(root.Children
            .Where(c => c.Key is YamlScalarNode { Value: not null })
            .Select(c => (Key: ((YamlScalarNode)c.Key).Value!, Value: Field(c.Value))));
    }

    /// <summary>
    /// Reads the TOML between the "+++" fences (<paramref name="line"/> is its first line in the file); bad TOML gives
    /// no metadata and a warning at its line, never a failed import, as bad YAML does.
    /// </summary>
    public static DocumentMetadata FromToml(string toml, string fileName, int line, List<string> warnings)
    {
        TomlTable root;
        try
        {
            root = TomlSerializer.Deserialize<TomlTable>(toml) ?? [];
        }
        catch (TomlException e)
        {
            var problem = e.Diagnostics?.FirstOrDefault()?.Message ?? e.Message;
            warnings.Add($"{fileName}:{line + Math.Max(e.Line ?? 1, 1) - 1}: front matter is not valid TOML ({problem}); it was left out.");
            return DocumentMetadata.None;
        }
        return Metadata(root.Select(field => (field.Key, Field(field.Value))));
    }

    // A field as both languages give it: one string, a list of strings, or null for a table (which says nothing here).
    private static object? Field(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } => value,
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(v => v.Length > 0).ToArray(),
        _ => null,
    };

    private static object? Field(object? value) => value switch
    {
        TomlArray array => array.Select(Field).OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).ToArray(),
        TomlTable or TomlTableArray or null => null,
        // A TOML date ("date = 2010-08-12T17:00:00Z") is written back as its text, as YAML gives it.
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static DocumentMetadata Metadata(IEnumerable<(string Key, object? Value)> keyed)
    {
        var fields = keyed
            .GroupBy(f => f.Key.Trim().ToLowerInvariant())
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

    private static string? Scalar(Dictionary<string, object?> fields, string key) =>
        fields.GetValueOrDefault(key) is string value && value.Trim().Length > 0 ? value.Trim() : null;

    // A list may be written as a list or as one comma-separated string ("tags: a, b").
    private static IEnumerable<string> List(Dictionary<string, object?> fields, string key) => fields.GetValueOrDefault(key) switch
    {
        string[] list => list,
        string value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
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
