using SovietInterventions.Web.Editions.StaticSite;

namespace SovietInterventions.Web.Tests.Editions.StaticSite;

public sealed class StaticPathsTests
{
    [Theory]
    [InlineData("/", "", "index.html")]
    [InlineData("/episodes", "", "episodes.html")]
    [InlineData("/episodes/1956-hungary", "", "episodes/1956-hungary.html")]
    [InlineData("/map", "?decade=1960s", "map--decade-1960s.html")]
    [InlineData("/css/site.abc.css", "", "css/site.abc.css")]
    [InlineData("/episodes/../../etc", "", "episodes/etc.html")]
    public void Each_url_has_one_safe_file(string path, string query, string file) => Assert.Equal(file, StaticPaths.FileFor(path, query));

    [Theory]
    [InlineData("index.html", "episodes/x.html", "episodes/x.html")]
    [InlineData("episodes/x.html", "index.html", "../index.html")]
    [InlineData("episodes/x.html", "episodes/y.html", "y.html")]
    [InlineData("episodes/x.html", "css/site.css", "../css/site.css")]
    public void Links_between_files_are_relative(string from, string to, string link) => Assert.Equal(link, StaticPaths.Relative(from, to));

    [Theory]
    [InlineData("/search", false)]
    [InlineData("/api/episodes", false)]
    [InlineData("/episodes/x/changes", false)]
    [InlineData("/episodes/x/cite.ris", false)]
    [InlineData("/episodes/x/handout", true)]
    [InlineData("/countries/hungary", true)]
    public void Pages_that_need_the_server_are_not_copied(string path, bool copied) => Assert.Equal(copied, StaticPaths.IsPage(path));
}
