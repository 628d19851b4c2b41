using SovietInterventions.Core.Import;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Reference;

public sealed class KindVocabularyTests
{
    static KindVocabulary Reviewed => KindVocabulary.Load(RealData.Directory);

    [Fact]
    public void Every_kind_has_a_label_a_title_phrase_a_colour_and_a_pattern_of_its_own()
    {
        var kinds = Reviewed;

        Assert.Equal(Enum.GetValues<EpisodeKind>().Order(), kinds.All.Select(k => k.Kind).Order());
        Assert.All(kinds.All, k => Assert.Contains(KindLook.PlaceSlot, k.Title));
        Assert.All(kinds.All, k => Assert.Contains(k.Pattern, KindVocabulary.Patterns));
        Assert.Equal(kinds.All.Count, kinds.All.Select(k => k.Label).Distinct().Count());
        Assert.Equal(kinds.All.Count, kinds.All.Select(k => k.Colour).Distinct().Count());
    }

    [Fact]
    public void A_kind_is_found_by_its_name_or_by_its_label()
    {
        var kinds = Reviewed;
        var aid = kinds[EpisodeKind.MilitaryAid];

        Assert.Same(aid, kinds.Find("MilitaryAid"));
        Assert.Same(aid, kinds.Find(aid.Label.ToUpperInvariant()));
        Assert.Null(kinds.Find("Picnic"));
    }

    [Theory]
    [InlineData("\"colour\": \"red\", \"pattern\": \"plain\"")]
    [InlineData("\"colour\": \"#D55E00\", \"pattern\": \"stripes\"")]
    public void A_kind_with_a_bad_colour_or_pattern_is_an_error_naming_the_file(string look)
    {
        var kinds = string.Join(",", Enum.GetValues<EpisodeKind>().Select((k, i) =>
            $"{{ \"kind\": \"{k}\", \"label\": \"L{i}\", \"title\": \"Soviet {k} in {{place}}\", {(i == 0 ? look : $"\"colour\": \"#00000{i}\", \"pattern\": \"plain\"")} }}"));
        var folder = RealData.FolderWith("episode-rules.json", $"{{ \"kinds\": [ {kinds} ] }}");

        var error = Assert.Throws<ImportException>(() => KindVocabulary.Load(folder));

        Assert.Contains("episode-rules.json", error.Message);
    }
}
