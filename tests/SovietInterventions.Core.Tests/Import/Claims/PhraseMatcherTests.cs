using SovietInterventions.Core.Import.Claims;

namespace SovietInterventions.Core.Tests.Import.Claims;

public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher<int> Matcher = new([("sent ... into", 1), ("troops into", 2), ("into", 3)]);

    [Fact]
    public void A_gapped_phrase_spans_the_words_between_its_parts()
    {
        var hit = Assert.Single(Matcher.Find("Konev sent some 17 divisions into the country"), h => h.Value == 1);
        Assert.Equal("sent some 17 divisions into", hit.Text);
    }

    [Fact]
    public void A_gapped_phrase_never_spans_a_clause_mark_or_too_many_words()
    {
        Assert.DoesNotContain(Matcher.Find("he sent a note; troops moved into"), h => h.Value == 1);
        Assert.DoesNotContain(Matcher.Find("he sent one two three four five six seven eight into"), h => h.Value == 1);
    }

    [Fact]
    public void A_longer_phrase_wins_over_one_inside_it()
    {
        var hits = Matcher.Find("troops into the city");
        Assert.Equal(2, Assert.Single(hits).Value);
    }
}
