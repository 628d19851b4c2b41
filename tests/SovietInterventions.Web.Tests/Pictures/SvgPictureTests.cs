using System.Text.Encodings.Web;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Tests.Pictures;

public class SvgPictureTests
{
    [Fact]
    public void A_picture_writes_to_a_page_the_same_text_as_its_string()
    {
        var bars = Enumerable.Range(0, 300)
            .Select(i => new TimelineBar($"/episodes/e{i}", $"Episode {i} & after", $"{1920 + i % 70}", new DateOnly(1920 + i % 70, 1, 1),
                new DateOnly(1921 + i % 70, 6, 30), StartYearOnly: true, EndYearOnly: false, "Invasion", "Europe"))
            .ToList();
        var picture = TimelineChart.Render(bars);
        using var page = new StringWriter();

        picture.WriteTo(page, HtmlEncoder.Default);

        Assert.Equal(picture.ToString(), page.ToString());
        Assert.StartsWith("<svg ", page.ToString());
        Assert.EndsWith("</svg>", page.ToString());
    }
}
