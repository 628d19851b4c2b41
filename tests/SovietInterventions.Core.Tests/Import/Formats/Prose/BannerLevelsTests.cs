using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Tests.Import.Formats.Prose;

/// <summary>The levels of one document's banners: the writer's first mark heads sections.</summary>
public class BannerLevelsTests
{
    [Fact]
    public void The_first_mark_used_heads_sections_and_any_other_mark_subsections()
    {
        var levels = new BannerLevels();

        Assert.Equal(("Poland", 2), levels.Of("*** Poland ***"));
        Assert.Equal(("Warsaw", 3), levels.Of("=== Warsaw ==="));
        Assert.Equal(("Hungary", 2), levels.Of("*** Hungary ***"));
    }

    [Fact]
    public void A_line_that_is_no_banner_has_no_level_and_leaves_the_first_mark_unset()
    {
        var levels = new BannerLevels();

        Assert.Null(levels.Of("* * *"));
        Assert.Equal(("Finland", 2), levels.Of("=== Finland ==="));
    }
}
