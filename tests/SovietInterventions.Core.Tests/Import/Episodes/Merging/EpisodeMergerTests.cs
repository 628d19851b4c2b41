using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Episodes.Merging;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Episodes.Merging;

/// <summary>Which drafts merge: a shared target, overlapping years, no shared document; the earliest episode wins.</summary>
public sealed class EpisodeMergerTests
{
    static EpisodeDraft Draft(string document, string place, int from, int to, params string[] targets)
    {
        var draft = new EpisodeDraft { Place = place, Targets = [.. targets], Start = new PartialDate(from), End = new PartialDate(to), Owners = new PassageOwners() };
        draft.DefinedBy.Add((document, $"{document}: {place}", $"{from}–{to}"));
        return draft;
    }

    static IEnumerable<string> Documents(EpisodeDraft episode) => episode.DefinedBy.Select(d => d.Document).Distinct().Order();

    [Fact]
    public void Many_sections_of_one_document_about_one_country_stay_separate_episodes()
    {
        var drafts = Enumerable.Range(0, 300).Select(i => Draft("a.wiki", $"Poland, district {i}", 1956, 1956, "poland")).ToList();

        Assert.Equal(300, EpisodeMerger.Merge(drafts).Count);
    }

    [Fact]
    public void Sections_of_one_document_naming_the_same_place_in_the_same_years_are_one_episode()
    {
        var merged = EpisodeMerger.Merge([
            Draft("a.txt", "Khalkhin Gol", 1939, 1939, "mongolia"),
            Draft("a.txt", "Khalkhin Gol", 1939, 1939, "mongolia"),
            Draft("a.txt", "Khalkhin Gol", 1945, 1945, "mongolia"),
            Draft("a.txt", "Mongolia", 1939, 1939, "mongolia"),
        ]);

        Assert.Equal([(1939, "Khalkhin Gol"), (1939, "Mongolia"), (1945, "Khalkhin Gol")], merged.Select(e => (e.StartYear, e.Place)).Order());
    }

    [Fact]
    public void A_draft_joins_the_earliest_overlapping_episode_that_does_not_share_its_document()
    {
        var merged = EpisodeMerger.Merge([
            Draft("a.md", "Poland", 1939, 1945, "poland"),
            Draft("b.md", "Poland", 1944, 1944, "poland"),
            Draft("b.md", "Poland", 1945, 1945, "poland"),
            Draft("c.md", "Poland", 1945, 1945, "poland"),
        ]);

        Assert.Equal(2, merged.Count);
        Assert.Equal(["a.md", "b.md", "c.md"], Documents(merged[0]));
        Assert.Equal(["b.md"], Documents(merged[1]));
    }

    [Fact]
    public void Among_many_earlier_episodes_a_draft_finds_the_one_its_years_overlap()
    {
        var drafts = Enumerable.Range(1920, 40).Select(y => Draft("a.md", "Poland", y, y, "poland"))
            .Append(Draft("b.md", "Poland", 1925, 1925, "poland"))
            .Append(Draft("b.md", "Poland", 1959, 1959, "poland"))
            .ToList();

        var merged = EpisodeMerger.Merge(drafts);

        Assert.Equal(40, merged.Count);
        Assert.Equal(["a.md", "b.md"], Documents(merged.Single(e => e.StartYear == 1925)));
        Assert.Equal(["a.md", "b.md"], Documents(merged.Single(e => e.StartYear == 1959)));
    }

    [Fact]
    public void A_draft_naming_two_countries_joins_the_episode_added_first_whichever_country_it_names_first()
    {
        var estonia = Draft("a.md", "Estonia", 1940, 1940, "estonia");
        var latvia = Draft("a.md", "Latvia", 1940, 1940, "latvia");
        var baltic = Draft("b.md", "Baltic states", 1940, 1940, "latvia", "estonia");
        baltic.Start = new PartialDate(1940, 6);

        var merged = EpisodeMerger.Merge([latvia, estonia, baltic]);

        Assert.Equal(2, merged.Count);
        Assert.Equal(["a.md", "b.md"], Documents(estonia));
        Assert.Equal(["estonia", "latvia"], estonia.Targets);
    }
}
