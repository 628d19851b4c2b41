using System.Diagnostics;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.Html;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Html;

public class HostileHtmlTests
{
    private static string Nested(string tag, int depth, string inside) =>
        "<!doctype html><html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + inside
        + string.Concat(Enumerable.Repeat($"</{tag}>", depth)) + "<p>After the nesting.</p></body></html>";

    [Fact]
    public void A_page_nested_fifty_thousand_levels_deep_is_read_within_a_minute_with_its_text_kept()
    {
        var page = Nested("div", 50_000, "<p>In 1979 Soviet troops entered Afghanistan.</p>");
        var clock = Stopwatch.StartNew();

        var document = DocumentParser.Parse(Of(page, "deep.html"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Contains("In 1979 Soviet troops entered Afghanistan.", string.Join(" ", ProseOf(document)));
        Assert.Contains("After the nesting.", ProseOf(document));
        Assert.Contains(document.Warnings, w => w.Contains("nested deeper", StringComparison.Ordinal));
    }

    [Fact]
    public void Nesting_within_the_limit_is_left_as_it_is()
    {
        var page = Nested("section", 50, "<p>Shallow.</p>");

        Assert.Equal(page, HtmlNesting.Bound(page).Text);
    }

    [Fact]
    public void Blanking_deep_tags_keeps_every_line_number()
    {
        var page = string.Concat(Enumerable.Repeat("<div>\n", 1_000)) + "<p>Deep text.</p>";

        var (text, blanked) = HtmlNesting.Bound(page);

        Assert.True(blanked > 0);
        Assert.Equal(page.Split('\n').Length, text.Split('\n').Length);
        Assert.Equal(page.Length, text.Length);
    }

    [Fact]
    public void Paragraphs_left_open_do_not_count_as_nesting()
    {
        var page = "<!doctype html><body>" + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"<p>Paragraph {i}.<li>Item {i}.\n"));

        Assert.Equal(0, HtmlNesting.Bound(page).Blanked);
    }

    [Fact]
    public void A_huge_attribute_is_read_within_bounds()
    {
        var page = $"<!doctype html><body><p title=\"{new string('x', 5_000_000)}\">Tanks in Prague, 1968.</p></body>";
        var clock = Stopwatch.StartNew();

        var document = DocumentParser.Parse(Of(page, "attribute.html"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Equal(["Tanks in Prague, 1968."], ProseOf(document));
    }

    [Fact]
    public void A_page_that_makes_too_many_elements_is_refused_naming_the_file_and_the_line()
    {
        // Formatting closed with its paragraph is reopened by the parser in every paragraph after it: few tags, 750,000 elements.
        var page = "<!doctype html><body><p>" + string.Concat(Enumerable.Range(0, 150).Select(i => $"<b id={i}>")) + "</p>"
                   + string.Concat(Enumerable.Repeat("<p>t\n</p>", 5_000));

        var e = Assert.Throws<ImportException>(() => DocumentParser.Parse(Of(page, "explosive.html")));

        Assert.Equal("explosive.html", e.FileName);
        Assert.NotNull(e.Line);
        Assert.True(e.Line > 1);
        Assert.Contains("elements", e.Problem);
    }
}
