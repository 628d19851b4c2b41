using System.Diagnostics;

namespace SovietInterventions.Core.Tests.Import.Mentions.Dates;

public partial class DateFinderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\0\u0001\u001f\u007f 1945\u0000-\u00001946 \ud800 May \udfff")]
    [InlineData("٢٠ أغسطس ١٩٦٨ 二〇〇一年 𝟏𝟗𝟒𝟓 ⁱ¹⁹⁴⁵")]
    [InlineData("May May May 1 1 1 - - – — , , 99999999999999999999 1945-")]
    [InlineData("-1945 1945- –May 31st of of of June, , 2000")]
    public void Odd_input_does_not_throw(string text)
    {
        var phrases = finder.Find(text, contextYear: 1945);

        Assert.All(phrases, phrase => Assert.Equal(phrase.Text, text.Substring(phrase.Index, phrase.Length)));
    }

    [Fact]
    public void Impossible_context_year_does_not_throw()
    {
        Assert.Empty(finder.Find("on 9 May", contextYear: 0));
        Assert.Empty(finder.Find("on 9 May", contextYear: int.MaxValue));
    }

    [Fact]
    public void Five_megabytes_of_random_text_are_read_without_error()
    {
        var random = new Random(1968);
        const string pieces = "0123456789  --–—.,:$%'May June of the from to between night 1945 23th \n\u0000é😀";
        var text = string.Concat(Enumerable.Range(0, 5_000_000).Select(_ => pieces[random.Next(pieces.Length)]));

        var phrases = finder.Find(text, contextYear: 1945);

        Assert.NotEmpty(phrases);
    }

    [Fact]
    public void Every_line_of_the_seed_files_is_read_without_error()
    {
        var seeds = Path.Combine(RepositoryRoot.Path, "seeds");
        string[] files = ["military-occupations-by-the-soviet-union.txt", "soviet-involvement-in-regime-change.wiki", "soviet-foreign-policy-notes.md"];

        var texts = files
            .SelectMany(file => File.ReadAllLines(Path.Combine(seeds, file)))
            .SelectMany(line => finder.Find(line, contextYear: 1945))
            .Select(phrase => phrase.Text)
            .ToList();

        Assert.Contains("21 August 1968", texts);
        Assert.Contains("4 November 1956", texts);
        Assert.Contains("23th august 1939", texts);
        Assert.Contains("the night of 20–21 August 1968", texts);
    }
}
