using SovietInterventions.Core.Evaluation;

namespace SovietInterventions.Core.Tests.Evaluation;

public class AnnotationTests
{
    [Fact]
    public void An_episode_without_an_end_ends_in_its_start_year()
    {
        var annotation = Annotation.Parse("""{ "episodes": [ { "id": "hu", "targets": ["hungary"], "start": 1956 } ] }""", "test");

        Assert.Equal(1956, annotation.Episodes.Single().EndYear);
        Assert.Empty(annotation.AcceptableEpisodes);
    }

    [Fact]
    public void Sources_actors_and_acceptable_extras_are_read()
    {
        var annotation = Annotation.Parse("""
            { "episodes": [ { "id": "cz", "targets": ["czechoslovakia"], "start": 1968, "end": 1968,
                              "sources": ["a.md", "b.txt"], "mustFindActors": ["Alexander Dubček"], "notes": "told twice" } ],
              "acceptable": [ { "targets": ["poland"], "start": 1956 } ] }
            """, "test");

        Assert.Equal(["a.md", "b.txt"], annotation.Episodes.Single().SourceFiles);
        Assert.Equal(["Alexander Dubček"], annotation.Episodes.Single().Actors);
        Assert.Equal(["poland"], annotation.AcceptableEpisodes.Single().Targets);
    }

    [Theory]
    [InlineData("""{ "episodes": [ { "id": "x", "targets": [], "start": 1956 } ] }""", "no targets")]
    [InlineData("""{ "episodes": [ { "id": "x", "targets": ["hungary"], "start": 1956, "end": 1950 } ] }""", "ends before")]
    [InlineData("""{ "episodes": [ { "id": "x", "targets": ["a"], "start": 1 }, { "id": "x", "targets": ["b"], "start": 2 } ] }""", "used twice")]
    [InlineData("""{ "acceptable": [] }""", "no \"episodes\"")]
    [InlineData("""{ "episodes": [ """, "test")]
    public void A_faulty_annotation_is_refused_with_the_reason(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => Annotation.Parse(json, "test"));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Combined_annotations_count_an_intervention_both_describe_once_with_all_sources_and_actors()
    {
        var seeds = new Annotation([new AnnotatedEpisode("hu-seeds", ["hungary"], 1956, null, ["notes.md"], ["Imre Nagy"])]);
        var other = new Annotation([
            new AnnotatedEpisode("hu-other", ["hungary"], 1956, null, ["note.md"], ["Imre Nagy", "János Kádár"]),
            new AnnotatedEpisode("hu-1945", ["hungary"], 1945, 1949)]);

        var combined = Annotation.Combine([seeds, other], CountryKinship.None);

        Assert.Equal(["hu-seeds", "hu-1945"], combined.Episodes.Select(e => e.Id));
        Assert.Equal(["notes.md", "note.md"], combined.Episodes[0].SourceFiles);
        Assert.Equal(["Imre Nagy", "János Kádár"], combined.Episodes[0].Actors);
    }

    [Fact]
    public void Combined_annotations_count_a_historical_state_and_its_successor_as_one_target()
    {
        var seeds = new Annotation([new AnnotatedEpisode("china-1945", ["china"], 1945, null, ["article.txt"], ["Rodion Malinovsky"])]);
        var other = new Annotation([new AnnotatedEpisode("manchuria-1945", ["manchukuo"], 1945, null, ["essay.md"], ["Issa Pliev"])]);

        var apart = Annotation.Combine([seeds, other], CountryKinship.None);
        var combined = Annotation.Combine([seeds, other], new CountryKinship([("manchukuo", "china")]));

        Assert.Equal(2, apart.Episodes.Count);
        Assert.Equal(["china-1945"], combined.Episodes.Select(e => e.Id));
        Assert.Equal(["article.txt", "essay.md"], combined.Episodes[0].SourceFiles);
    }
}
