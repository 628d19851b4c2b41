using SovietInterventions.Core.Evaluation;

namespace SovietInterventions.Core.Tests.Evaluation;

public class EvaluationScorerTests
{
    private static readonly EvaluationScorer Scorer = new(new CountryKinship([("czechoslovakia", "slovakia")]));

    private static AnnotatedEpisode Annotated(string id, string target, int start, int? end = null, string[]? sources = null, string[]? actors = null) =>
        new(id, [target], start, end, sources, actors);

    private static ImportedEpisode Imported(string slug, int start, int end, string[] targets, string[]? sources = null, string[]? actors = null) =>
        new(slug, targets, start, end, sources ?? [], actors ?? []);

    [Fact]
    public void An_episode_with_the_same_target_and_years_is_found_with_exact_years()
    {
        var card = Scorer.Score(new Annotation([Annotated("hungary", "hungary", 1956)]), [Imported("1956-hungary", 1956, 1956, ["hungary"])]);

        Assert.Equal(new Ratio(1, 1), card.Recall);
        Assert.Equal(new Ratio(1, 1), card.ExactYears);
        Assert.Equal(new Ratio(1, 1), card.Precision);
    }

    [Fact]
    public void Overlapping_years_match_but_are_not_exact()
    {
        var card = Scorer.Score(new Annotation([Annotated("afghanistan", "afghanistan", 1979, 1989)]), [Imported("1987-afghanistan", 1987, 1996, ["afghanistan"])]);

        Assert.Equal(new Ratio(1, 1), card.Recall);
        Assert.Equal(new Ratio(0, 1), card.ExactYears);
    }

    [Fact]
    public void Years_that_do_not_overlap_or_another_target_do_not_match()
    {
        var card = Scorer.Score(new Annotation([Annotated("hungary", "hungary", 1956)]),
            [Imported("1945-hungary", 1944, 1945, ["hungary"]), Imported("1956-poland", 1956, 1956, ["poland"])]);

        Assert.Equal(new Ratio(0, 1), card.Recall);
        Assert.Equal(new Ratio(0, 2), card.Precision);
        Assert.All(card.Unmatched, u => Assert.Equal(UnmatchedKind.Spurious, u.Kind));
    }

    [Fact]
    public void One_imported_episode_that_chains_two_interventions_finds_only_one()
    {
        var annotation = new Annotation([Annotated("poland", "poland", 1939), Annotated("finland", "finland", 1939, 1940)]);
        var card = Scorer.Score(annotation, [Imported("1938-poland-and-finland", 1938, 1940, ["finland", "poland"])]);

        Assert.Equal(new Ratio(1, 2), card.Recall);
    }

    [Fact]
    public void Matching_finds_as_many_episodes_as_a_one_to_one_pairing_allows()
    {
        // The wide episode fits both annotations, the narrow one only the first: the pairing must not waste the wide one.
        var annotation = new Annotation([Annotated("a", "poland", 1939), Annotated("b", "poland", 1944, 1945)]);
        var card = Scorer.Score(annotation, [Imported("wide", 1939, 1945, ["poland"]), Imported("narrow", 1939, 1939, ["poland"])]);

        Assert.Equal(new Ratio(2, 2), card.Recall);
        Assert.Equal("narrow", card.Episodes.Single(e => e.Annotated.Id == "a").Match!.Slug);
    }

    [Fact]
    public void A_second_imported_episode_of_a_found_intervention_is_a_duplicate()
    {
        var card = Scorer.Score(new Annotation([Annotated("hungary", "hungary", 1956)]),
            [Imported("1956-hungary", 1956, 1956, ["hungary"]), Imported("1956-budapest", 1956, 1956, ["hungary"])]);

        Assert.Equal(1, card.Duplicates);
        Assert.Equal("hungary", card.Unmatched.Single().DuplicateOf);
    }

    [Fact]
    public void An_acceptable_extra_counts_neither_for_nor_against_precision()
    {
        var annotation = new Annotation([Annotated("hungary", "hungary", 1956)], [new AcceptableEpisode(["poland"], 1956, null)]);
        var card = Scorer.Score(annotation,
            [Imported("1956-hungary", 1956, 1956, ["hungary"]), Imported("1956-poland", 1956, 1956, ["poland"]), Imported("1932-cuba", 1932, 1932, ["cuba"])]);

        Assert.Equal(new Ratio(1, 2), card.Precision);
        Assert.Equal(UnmatchedKind.Acceptable, card.Unmatched.Single(u => u.Episode.Slug == "1956-poland").Kind);
    }

    [Fact]
    public void An_episode_several_documents_tell_must_list_every_one()
    {
        var annotation = new Annotation([Annotated("cz", "czechoslovakia", 1968, sources: ["a.md", "b.txt"]), Annotated("hu", "hungary", 1956, sources: ["a.md", "c.wiki"])]);
        var card = Scorer.Score(annotation,
            [Imported("1968-cz", 1968, 1968, ["czechoslovakia"], sources: ["a.md", "b.txt"]), Imported("1956-hu", 1956, 1956, ["hungary"], sources: ["a.md"])]);

        Assert.Equal(new Ratio(1, 2), card.MultiSource);
        Assert.Equal(["c.wiki"], card.Episodes.Single(e => e.Annotated.Id == "hu").MissingSources);
    }

    [Fact]
    public void Must_find_actors_are_found_by_name_or_alias_without_case_or_accents()
    {
        var annotation = new Annotation([Annotated("cz", "czechoslovakia", 1968, actors: ["Alexander Dubček", "Brezhnev", "Svoboda"])]);
        var card = Scorer.Score(annotation, [Imported("1968-cz", 1968, 1968, ["czechoslovakia"], actors: ["alexander dubcek", "Leonid Brezhnev", "Brezhnev"])]);

        Assert.Equal(new Ratio(2, 3), card.Actors);
        Assert.Equal(["Svoboda"], card.Episodes.Single().MissingActors);
    }

    [Fact]
    public void A_missed_episode_finds_none_of_its_actors()
    {
        var card = Scorer.Score(new Annotation([Annotated("hu", "hungary", 1956, actors: ["Imre Nagy"])]), []);

        Assert.Equal(new Ratio(0, 1), card.Actors);
    }

    [Fact]
    public void A_historical_state_and_its_successor_are_the_same_target()
    {
        var card = Scorer.Score(new Annotation([Annotated("cz", "czechoslovakia", 1968)]), [Imported("1968-slovakia", 1968, 1968, ["slovakia"])]);

        Assert.Equal(new Ratio(1, 1), card.Recall);
    }

    [Fact]
    public void The_same_inputs_in_another_order_give_the_same_pairs()
    {
        var annotation = new Annotation([Annotated("a", "poland", 1939), Annotated("b", "poland", 1939, 1940)]);
        ImportedEpisode[] imported = [Imported("x", 1939, 1939, ["poland"]), Imported("y", 1939, 1940, ["poland"])];

        var forward = Scorer.Score(annotation, imported).Episodes.Select(e => e.Match!.Slug);
        var backward = Scorer.Score(annotation with { Episodes = annotation.Episodes.Reverse().ToList() }, imported.Reverse().ToList()).Episodes.Select(e => e.Match!.Slug);

        Assert.Equal(forward, backward);
        Assert.Equal(["x", "y"], forward);
    }

    [Fact]
    public void A_must_find_actor_may_list_several_spellings()
    {
        var annotation = new Annotation([Annotated("cn", "china", 1945, actors: ["Issa Pliev|I. A. Pliev"])]);
        var card = Scorer.Score(annotation, [Imported("1945-china", 1945, 1945, ["china"], actors: ["I. A. Pliev"])]);

        Assert.Equal(new Ratio(1, 1), card.Actors);
    }

    [Fact]
    public void A_historian_cited_for_an_opinion_and_listed_as_an_actor_is_reported()
    {
        var annotation = new Annotation([Annotated("mn", "mongolia", 1939)], NotActors: ["Alvin Coox|Coox", "Stanley Payne"]);
        var card = Scorer.Score(annotation, [Imported("1939-mongolia", 1939, 1939, ["mongolia"], actors: ["Georgy Zhukov", "Coox"])]);

        Assert.Equal(["Alvin Coox|Coox"], card.NonActorsListed);
    }

    [Fact]
    public void One_listed_apart_as_also_mentioned_is_reported_but_not_counted()
    {
        var annotation = new Annotation([Annotated("mn", "mongolia", 1939)], NotActors: ["Alvin Coox|Coox"]);
        var card = Scorer.Score(annotation, [Imported("1939-mongolia", 1939, 1939, ["mongolia"], actors: ["Georgy Zhukov", "Coox"]) with { AlsoMentioned = ["Coox"] }]);

        Assert.Equal(0, card.NonActors);
        Assert.Equal(["Alvin Coox|Coox"], card.NonActorsApart);
    }
}
