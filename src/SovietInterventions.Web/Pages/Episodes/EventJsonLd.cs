using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Html;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>
/// schema.org Event data for an episode page. The JSON goes inside a script element, so the default
/// encoder escapes &lt; &gt; &amp; and quotes as \u003C and so on: "&lt;/script&gt;" can never close the element early.
/// </summary>
public static partial class EventJsonLd
{
    static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, TypeInfoResolver = JsonLd.Default };

    public static IHtmlContent For(string url, string title, string summary, string start, string? end, IEnumerable<string> places)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = title,
            ["description"] = summary,
            ["startDate"] = start,
            ["endDate"] = end ?? start,
            ["url"] = url,
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["location"] = places.Select(p => new Dictionary<string, string> { ["@type"] = "Country", ["name"] = p }).ToList(),
        };
        return new HtmlString(JsonSerializer.Serialize(data, Options.GetTypeInfo(typeof(Dictionary<string, object?>))));
    }

    // The values are strings and the list of places.
    [JsonSerializable(typeof(Dictionary<string, object?>))]
    [JsonSerializable(typeof(string))]
    [JsonSerializable(typeof(List<Dictionary<string, string>>))]
    private sealed partial class JsonLd : JsonSerializerContext;
}
