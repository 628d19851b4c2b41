using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.GeoJson;

public class GeoJsonParserTests
{
    private const string Layer = """
        {
          "type": "FeatureCollection",
          "name": "river_layer_v2",
          "metadata": { "title": "River wars story map", "style_note": "grey features are context only and are not counted in any total" },
          "features": [
            {
              "type": "Feature",
              "properties": {
                "name": "The Kessel crossing",
                "start": "1931-05-02",
                "soviet": true,
                "popup_html": "<h3>Kessel, May 1931</h3><p>On <b>2 May 1931</b> Soviet engineers bridged the river at Kessel.</p>",
                "zoom": 7
              },
              "geometry": { "type": "Point", "coordinates": [49.462, 37.472] }
            },
            {
              "type": "Feature",
              "properties": { "title": "Flood relief", "notes": "The garrison fled east in June when the river rose over the banks." },
              "geometry": null
            }
          ]
        }
        """;

    private static ParsedDocument Parse(string text = Layer) => DocumentParser.Parse(Of(text, "layer.geojson"));

    [Fact]
    public void A_map_layer_is_titled_by_its_metadata_and_each_feature_is_a_section_under_its_name()
    {
        var document = Parse();

        Assert.Equal((SourceFormat.GeoJson, "River wars story map"), (document.Format, document.Title));
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.Heading && b.Text == "The Kessel crossing");
        var flood = Assert.Single(document.Blocks, b => b.Text.StartsWith("The garrison fled", StringComparison.Ordinal));
        Assert.Contains(flood.Headings, h => h.Text == "Flood relief");
    }

    [Fact]
    public void A_features_popup_is_read_as_a_web_pages_text_and_its_drawing_fields_are_no_prose()
    {
        var document = Parse();

        Assert.Contains(document.Blocks, b => b.Text == "On 2 May 1931 Soviet engineers bridged the river at Kessel.");
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('<', StringComparison.Ordinal) || b.Text.Contains("49.462", StringComparison.Ordinal)
            || b.Text.Contains("zoom", StringComparison.Ordinal) || b.Text.Contains("grey features", StringComparison.Ordinal));
    }

    [Fact]
    public void A_features_short_fields_are_one_row_of_labelled_cells_under_its_name()
    {
        var document = Parse();

        var row = Assert.Single(document.Blocks, b => b.Text.Contains("1931-05-02", StringComparison.Ordinal));
        Assert.Equal("start: 1931-05-02; soviet: true.", row.Text);
        Assert.Equal("The Kessel crossing", row.Headings[^1].Text);
    }

    [Fact]
    public void A_feature_with_no_name_heads_a_section_of_its_own()
    {
        var layer = Layer.Replace("\"title\": \"Flood relief\", ", "", StringComparison.Ordinal);

        var flood = Assert.Single(Parse(layer).Blocks, b => b.Text.StartsWith("The garrison fled", StringComparison.Ordinal));

        Assert.DoesNotContain(flood.Headings, h => h.Text == "The Kessel crossing");
    }

    [Fact]
    public void Json_that_is_no_feature_collection_is_no_map_layer()
    {
        Assert.Throws<ImportException>(() => DocumentParser.Parse(Of("""{ "type": "Topology", "objects": {} }""", "layer.json")));
    }
}
