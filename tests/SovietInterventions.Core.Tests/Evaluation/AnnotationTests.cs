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
}
