using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Entries;

public sealed class NarrativeTests
{
    const string Doc = "Ruritania";
    const string Own = "Ruritania › 1950: Ruritania";
    const string Other = "Ruritania › Aftermath";

    static NarrativePassage P(int position, string text, string section = Own, PassageKind kind = PassageKind.Paragraph, string source = "ruritania") =>
        new(source, source == "ruritania" ? Doc : "Borduria", section, kind, text, position);

    static readonly NarrativePassage Heading = P(1, "1950: Ruritania", kind: PassageKind.Heading);

    static List<NarrativePassage> Flat(IEnumerable<NarrativeSection> sections) => [.. sections.SelectMany(s => s.Passages)];

    [Fact]
    public void The_episode_own_section_comes_first_in_document_order_and_other_passages_follow_under_their_heading()
    {
        var sections = Narrative.Arrange(
            [P(9, "In 1960 the border was redrawn.", Other), Heading, P(3, "Then the army stayed."), P(2, "In 1950 the army crossed the river.")], new HashSet<(string, int)>());

        Assert.Null(sections[0].Heading);
        Assert.Equal([2, 3], sections[0].Passages.Select(p => p.Position));
        Assert.Equal(Other, sections[1].Heading);
        Assert.Equal([9], sections[1].Passages.Select(p => p.Position));
    }

    [Fact]
    public void When_every_own_passage_points_back_another_source_opens_and_the_own_passages_follow_under_their_heading()
    {
        var sections = Narrative.Arrange(
            [P(5, "The regent answered these demands by closing the border."), P(8, "In 1990 the regent apologised.", Other),
             P(4, "In 1950 the Ruritanian army crossed the river.", "Borduria › 1950", source: "borduria")],
            new HashSet<(string, int)> { ("ruritania", 5) });

        Assert.Equal([4, 5, 8], Flat(sections).Select(p => p.Position));
        Assert.All(sections, s => Assert.NotNull(s.Heading));
    }

    [Fact]
    public void The_episodes_own_aftermath_section_reads_after_the_act_it_follows()
    {
        var sections = Narrative.Arrange(
            [P(1, "Aftermath", "Ruritania › Aftermath", PassageKind.Heading), P(2, "After the invasion the press was censored.", "Ruritania › Aftermath"),
             P(3, "In 1990 the regent apologised.", "Ruritania › Aftermath"),
             P(4, "In 1950 the Ruritanian army invaded Borduria.", "Borduria › Invasion", source: "borduria")],
            new HashSet<(string, int)> { ("borduria", 4) });

        Assert.Equal([4, 2, 3], Flat(sections).Select(p => p.Position));
    }

    [Fact]
    public void A_document_in_which_the_episode_has_its_own_section_reads_before_one_it_is_only_cited_from()
    {
        var sections = Narrative.Arrange(
            [P(7, "The army had planned to stay a year, but met fierce resistance.", "Borduria", source: "borduria"),
             Heading, P(2, "In 1950 the army of Ruritania crossed the river.")],
            new HashSet<(string, int)> { ("borduria", 7) });

        Assert.Equal([2, 7], Flat(sections).Select(p => p.Position));
    }

    [Fact]
    public void A_passage_the_lead_cites_counts_as_the_episode_own()
    {
        var sections = Narrative.Arrange([Heading, P(2, "In 1950 the army crossed the river."), P(9, "In 1950 the capital fell.", Other)],
            new HashSet<(string, int)> { ("ruritania", 9) });

        Assert.Single(sections);
        Assert.Equal([2, 9], sections[0].Passages.Select(p => p.Position));
    }

    [Fact]
    public void The_narrative_never_opens_with_a_passage_that_points_back()
    {
        var sections = Narrative.Arrange(
            [Heading, P(2, "These reforms alarmed the neighbours."), P(3, "In 1950 the army of Ruritania crossed the river."), P(4, "It stayed for five years.")],
            new HashSet<(string, int)>());

        Assert.Equal([3, 2, 4], Flat(sections).Select(p => p.Position));
    }

    [Fact]
    public void A_passage_said_twice_is_shown_once_citing_both_places()
    {
        var sections = Narrative.Arrange(
            [Heading, P(2, "In 1950 the army of Ruritania crossed the river at dawn."),
             P(5, "In 1950, the army of Ruritania crossed the river at dawn", "Borduria › Notes", source: "borduria")],
            new HashSet<(string, int)>());

        var shown = Assert.Single(Flat(sections));
        Assert.Equal(2, shown.Position);
        Assert.Equal([("borduria", 5)], shown.AlsoIn.Select(r => (r.SourceSlug, r.Position)));
    }

    [Fact]
    public void Passages_alike_in_all_but_the_name_they_give_are_both_shown()
    {
        var sections = Narrative.Arrange(
            [Heading, P(2, "This was known as the Ruritanian Blockade."), P(5, "This was known as the Ruritanian Airlift.")],
            new HashSet<(string, int)>());

        Assert.Equal([2, 5], Flat(sections).Select(p => p.Position));
        Assert.All(Flat(sections), p => Assert.Empty(p.AlsoIn));
    }

    [Fact]
    public void With_no_heading_of_its_own_the_section_the_lead_cites_reads_from_its_start()
    {
        const string Article = "Ruritanian crisis";
        var sections = Narrative.Arrange(
            [P(4, "Publicly, the troops would leave.", Article), P(2, "The Ruritanian crisis of 1950 was a stand-off.", Article), P(9, "In 1990 the regent apologised.", Other)],
            new HashSet<(string, int)> { ("ruritania", 4) });

        Assert.Equal([2, 4], sections[0].Passages.Select(p => p.Position));
        Assert.Equal([9], sections[1].Passages.Select(p => p.Position));
    }

    [Fact]
    public void A_passage_only_the_infobox_cites_reads_in_its_place_when_the_episode_has_a_section_of_its_own()
    {
        var sections = Narrative.Arrange([Heading, P(2, "In 1950 the army crossed the river."), P(9, "In 1951 the army withdrew.", Other)],
            new HashSet<(string, int)>(), new HashSet<(string, int)> { ("ruritania", 9) });

        Assert.Equal([2], sections[0].Passages.Select(p => p.Position));
        Assert.Equal(Other, sections[1].Heading);
    }

    [Fact]
    public void With_no_heading_of_its_own_the_section_the_infobox_cites_is_the_episode_own()
    {
        const string Article = "Ruritanian crisis";
        var sections = Narrative.Arrange(
            [P(2, "The Ruritanian crisis of 1950 was a stand-off.", Article), P(4, "In 1951 the army withdrew.", Article), P(9, "In 1990 the regent apologised.", Other)],
            new HashSet<(string, int)>(), new HashSet<(string, int)> { ("ruritania", 4) });

        Assert.Null(sections[0].Heading);
        Assert.Equal([2, 4], sections[0].Passages.Select(p => p.Position));
    }

    static IReadOnlySet<(string, int)> Told(params int[] positions) => positions.Select(p => ("ruritania", p)).ToHashSet();

    [Fact]
    public void Another_sections_passage_is_read_only_for_the_soviet_part_it_tells()
    {
        var sections = Narrative.Arrange(
            [Heading, P(2, "In 1950 the army crossed the river."), P(8, "In 1952 the regent's trade talks failed.", Other), P(9, "In 1952 Soviet troops left the capital.", Other)],
            new HashSet<(string, int)>(), told: Told(9));

        Assert.Equal([2, 9], Flat(sections).Select(p => p.Position));
    }

    [Fact]
    public void An_own_section_an_entry_can_read_is_read_whole()
    {
        var own = Enumerable.Range(2, Narrative.LongestWholeArticle).Select(i => P(i, $"Sentence {i} of the crossing, told in its own words.")).ToList();

        var sections = Narrative.Arrange([Heading, .. own], new HashSet<(string, int)>(), told: Told(2));

        Assert.Equal(Narrative.LongestWholeArticle, Flat(sections).Count);
    }

    [Fact]
    public void An_article_on_the_episode_is_read_for_the_passages_that_tell_it_each_with_those_it_points_back_at()
    {
        var own = Enumerable.Range(2, Narrative.LongestWholeArticle + 1).Select(i => P(i, $"Sentence {i} of the crossing, told in its own words.")).ToList();
        own[4] = P(6, "He could not stop the columns.");
        own[5] = P(7, "He could not stop the tanks either.");

        var sections = Narrative.Arrange([Heading, .. own], new HashSet<(string, int)>(), told: Told(3, 7));

        Assert.Equal([3, 5, 6, 7], Flat(sections).Select(p => p.Position));
    }

    [Fact]
    public void A_passage_pointing_back_across_a_section_break_does_not_bring_the_last_section_in()
    {
        var own = Enumerable.Range(2, Narrative.LongestWholeArticle + 1).Select(i => P(i, $"Sentence {i} of the crossing, told in its own words.")).ToList();
        own[5] = P(7, "He could not stop the columns.", Own + " › Retreat");

        var sections = Narrative.Arrange([Heading, .. own], new HashSet<(string, int)>(), told: Told(3, 7));

        Assert.Equal([3, 7], Flat(sections).Select(p => p.Position));
    }

    [Fact]
    public void An_article_with_no_passage_telling_the_soviet_part_is_read_whole()
    {
        var own = Enumerable.Range(2, Narrative.LongestWholeArticle + 1).Select(i => P(i, $"Sentence {i} of the crossing, told in its own words.")).ToList();

        var sections = Narrative.Arrange([Heading, .. own, P(40, "In 1990 the regent apologised.", Other)], new HashSet<(string, int)>(), told: Told());

        Assert.Equal(own.Select(p => p.Position), Flat(sections).Select(p => p.Position));
    }

    [Fact]
    public void Passages_told_nowhere_are_read_when_nothing_else_tells_the_episode()
    {
        var sections = Narrative.Arrange([P(8, "In 1952 the regent's trade talks failed.", Other)], new HashSet<(string, int)> { ("borduria", 1) }, told: Told());

        Assert.Equal([8], Flat(sections).Select(p => p.Position));
    }
}
