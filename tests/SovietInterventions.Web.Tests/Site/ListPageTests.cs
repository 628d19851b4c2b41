using Microsoft.AspNetCore.Http;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Tests.Site;

public sealed class ListPageTests
{
    [Theory]
    [InlineData(null, 450, 1, 3)]
    [InlineData("2", 450, 2, 3)]
    [InlineData("99", 450, 3, 3)]
    [InlineData("0", 450, 1, 3)]
    [InlineData("-1", 450, 1, 3)]
    [InlineData("two", 450, 1, 3)]
    [InlineData("1", 0, 1, 1)]
    [InlineData("1", 200, 1, 1)]
    [InlineData("2", 201, 2, 2)]
    public void A_page_number_is_clamped_to_the_pages_there_are(string? requested, int total, int number, int count)
    {
        var page = ListPage.Of(requested, total);

        Assert.Equal((number, count), (page.Number, page.Count));
    }

    [Fact]
    public void A_page_link_keeps_the_other_query_values_and_page_one_has_no_number()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/decades/1950s";
        context.Request.QueryString = new QueryString("?country=hungary&page=3");

        Assert.Equal("/decades/1950s?country=hungary&page=2", ListPage.Link(context.Request, 2));
        Assert.Equal("/decades/1950s?country=hungary", ListPage.Link(context.Request, 1));
    }
}
