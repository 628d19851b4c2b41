using SovietInterventions.Core.Import.Formats.PlainText;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class NavigationBoxTests
{
    internal const string Dump =
        "World War IISoviet UnionannexedNazi GermanyMolotov–Ribbentrop Pactthe eastern regionsPolandthree different SSRs" +
        "LatviaLatvian SSREstoniaEstonian SSRLithuaniaLithuanian SSRKarelo-Finnish SSRRomaniaMoldavian SSRUkrainian SSR" +
        "Carpathian RutheniaCzechoslovakiamilitary occupationsCold WarAllied victorySoviet invasion of PolandTerritories of Poland " +
        "annexed by the Soviet UnionOccupation of the Baltic statesSoviet occupation of BessarabiaWinter WarContinuation War" +
        "Anglo-Soviet invasion of IranIran crisis of 1946Hungarian Revolution of 1956Warsaw Pact invasion of CzechoslovakiaSoviet–Afghan War";

    [Fact]
    public void Link_titles_glued_together_look_like_a_navigation_box()
    {
        Assert.True(Dump.Length >= 400);
        Assert.True(NavigationBox.Looks(Dump));
    }

    [Fact]
    public void Real_navigation_box_line_of_the_seed_is_recognised()
    {
        var line = Seed(PlainTextSeed).Text.Split('\n')[9];

        Assert.StartsWith("World War IISoviet Union", line);
        Assert.True(NavigationBox.Looks(line));
    }

    [Fact]
    public void Real_run_on_prose_line_of_the_seed_is_not_a_navigation_box()
    {
        var line = Seed(PlainTextSeed).Text.Split('\n')[2];

        Assert.True(line.Length > 4000);
        Assert.False(NavigationBox.Looks(line));
    }

    [Fact]
    public void Long_ordinary_paragraph_is_not_a_navigation_box()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat(
            "On 21 August 1968 about 750,000 Warsaw Pact troops, mostly from the Soviet Union, Poland, Bulgaria and Hungary, occupied Czechoslovakia. " +
            "Leonid Brezhnev announced the Brezhnev Doctrine. Most large cities were individually invaded and overtaken.", 5));

        Assert.True(paragraph.Length > 1000);
        Assert.False(NavigationBox.Looks(paragraph));
    }

    [Fact]
    public void Long_paragraph_full_of_camel_case_names_with_sentence_ends_is_not_a_navigation_box()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("MacArthur met McCloy and DeGaulle in the USSR (Moscow) in 1945. ", 12));

        Assert.False(NavigationBox.Looks(paragraph));
    }

    [Fact]
    public void Short_glued_text_is_never_a_navigation_box()
    {
        Assert.False(NavigationBox.Looks(Dump[..399]));
    }
}
