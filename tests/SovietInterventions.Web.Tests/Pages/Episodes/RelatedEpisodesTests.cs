using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;
using SovietInterventions.Web.Pages.Episodes;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

public sealed class RelatedEpisodesTests : IDisposable
{
    readonly List<string> paths = [];

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in paths) File.Delete(path);
    }

    /// <summary>Episodes of one invented world: (slug, kind, years, country and region, actors with their roles).</summary>
    Task<List<RelatedEpisode>> RelatedTo(string slug, params (string Slug, EpisodeKind Kind, int From, int To, string Country, string Region, (string Actor, string Role)[] Actors)[] rows) =>
        RelatedTo(slug, new Dictionary<string, string>(), rows);

    /// <summary>The same, with some episodes told in one source under the given section path.</summary>
    Task<List<RelatedEpisode>> RelatedTo(string slug, Dictionary<string, string> sections, params (string Slug, EpisodeKind Kind, int From, int To, string Country, string Region, (string Actor, string Role)[] Actors)[] rows) =>
        RelatedTo(slug, sections, [], rows);

    /// <summary>The same, with historical states and their successors (countries.json's "successors").</summary>
    Task<List<RelatedEpisode>> RelatedTo(string slug, Dictionary<string, string> sections, (string Historical, string Successor)[] successions,
        params (string Slug, EpisodeKind Kind, int From, int To, string Country, string Region, (string Actor, string Role)[] Actors)[] rows) =>
        RelatedTo(slug, sections, successions, [], rows);

    /// <summary>The same, with a passage of each owner that the sharers paired with it share (a passage telling them all).</summary>
    async Task<List<RelatedEpisode>> RelatedTo(string slug, Dictionary<string, string> sections, (string Historical, string Successor)[] successions,
        (string Owner, string Sharer)[] shared, params (string Slug, EpisodeKind Kind, int From, int To, string Country, string Region, (string Actor, string Role)[] Actors)[] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"related-{Guid.NewGuid():N}.db");
        paths.Add(path);
        var episodes = new Dictionary<string, Episode>();
        using (var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(path, readOnly: false)))
        {
            db.Database.EnsureCreated();
            var countries = new Dictionary<string, Country>();
            var actors = new Dictionary<string, Actor>();
            foreach (var row in rows)
            {
                var episode = new Episode { Slug = row.Slug, Title = row.Slug, ShortTitle = row.Slug, Kind = row.Kind, Start = $"{row.From}", End = $"{row.To}", StartYear = row.From, EndYear = row.To, Summary = "" };
                episodes[row.Slug] = episode;
                var country = countries.TryGetValue(row.Country, out var known) ? known : countries[row.Country] = new Country { Slug = row.Country, Name = row.Country, Region = row.Region };
                db.EpisodeCountries.Add(new EpisodeCountry { Episode = episode, Country = country, Role = CountryRole.Target });
                foreach (var (name, role) in row.Actors)
                {
                    var actor = actors.TryGetValue(name, out var a) ? a : actors[name] = new Actor { Slug = name, Name = name, Type = ActorType.Person };
                    db.EpisodeActors.Add(new EpisodeActor { Episode = episode, Actor = actor, Role = role });
                }
            }
            foreach (var (historical, successor) in successions)
                db.CountrySuccessions.Add(new CountrySuccession { Historical = countries[historical], Successor = countries[successor] });
            var source = new SourceDocument { Slug = "history", FileName = "history.wiki", Title = sections.Values.FirstOrDefault()?.Split(" › ")[0] ?? "History", Sha256 = "0" };
            var position = 0;
            foreach (var (episode, section) in sections)
                db.Passages.Add(new Passage { SourceDocument = source, SectionPath = section, Text = "…", Position = ++position, Episode = episodes[episode] });
            // One passage of each owner, shared by each of its sharers.
            foreach (var telling in shared.GroupBy(s => s.Owner))
            {
                var passage = new Passage { SourceDocument = source, SectionPath = source.Title, Text = "…", Position = ++position, Episode = episodes[telling.Key] };
                foreach (var (_, sharer) in telling) db.SharedPassages.Add(new SharedPassage { Episode = episodes[sharer], Passage = passage });
            }
            await db.SaveChangesAsync();
        }
        using var read = new EncyclopediaDb(EncyclopediaDb.OptionsFor(path, readOnly: true));
        return await RelatedEpisodes.FindAsync(read, episodes[slug].Id);
    }

    static readonly (string, string)[] None = [];

    [Fact]
    public async Task An_organization_on_most_episodes_relates_nothing_and_the_same_decade_and_kind_alone_relate_nothing()
    {
        var army = new[] { ("Grand Army", "involved") };
        var related = await RelatedTo("a-1950",
            ("a-1950", EpisodeKind.Invasion, 1950, 1950, "ruritania", "Europe", army),
            ("b-1953", EpisodeKind.Invasion, 1953, 1953, "borduria", "Europe", army),
            ("c-1957", EpisodeKind.Invasion, 1957, 1957, "syldavia", "Asia", army));

        Assert.Empty(related);
    }

    [Fact]
    public async Task A_passage_telling_two_of_many_fronts_relates_those_two_and_says_where()
    {
        (string, EpisodeKind, int, int, string, string, (string, string)[])[] fronts = [
            ("a-1945", EpisodeKind.Invasion, 1945, 1945, "ruritania", "Europe", None),
            ("b-1945", EpisodeKind.Invasion, 1945, 1945, "borduria", "Europe", None),
            ("c-1945", EpisodeKind.Invasion, 1945, 1945, "syldavia", "Europe", None),
            ("d-1945", EpisodeKind.Occupation, 1945, 1945, "moldavia", "Europe", None)];

        var fromTheSharer = await RelatedTo("b-1945", [], [], [("a-1945", "b-1945")], fronts);
        var fromTheOwner = await RelatedTo("a-1945", [], [], [("a-1945", "b-1945")], fronts);

        Assert.Equal("told in the same passage: History", Assert.Single(fromTheSharer).Reasons[0]);
        Assert.Equal("a-1945", Assert.Single(fromTheSharer).Episode.Slug);
        Assert.Equal("b-1945", Assert.Single(fromTheOwner).Episode.Slug);
    }

    [Fact]
    public async Task A_passage_telling_many_episodes_is_an_overview_and_relates_none_of_them()
    {
        (string, EpisodeKind, int, int, string, string, (string, string)[])[] episodes = [
            ("a-1945", EpisodeKind.Invasion, 1945, 1945, "ruritania", "Europe", None),
            ("b-1950", EpisodeKind.Coup, 1950, 1950, "borduria", "Asia", None),
            ("c-1960", EpisodeKind.MilitaryAid, 1960, 1960, "syldavia", "Africa", None),
            ("d-1970", EpisodeKind.Blockade, 1970, 1970, "moldavia", "Americas", None)];

        var related = await RelatedTo("a-1945", [], [], [("a-1945", "b-1950"), ("a-1945", "c-1960"), ("a-1945", "d-1970")], episodes);

        Assert.Empty(related);
    }

    [Fact]
    public async Task The_same_country_relates_two_episodes_whatever_their_years_and_says_so()
    {
        var related = await RelatedTo("a-1950",
            ("a-1950", EpisodeKind.Invasion, 1950, 1950, "ruritania", "Europe", None),
            ("b-1980", EpisodeKind.Coup, 1980, 1981, "ruritania", "Europe", None));

        var only = Assert.Single(related);
        Assert.Equal(["same country: ruritania"], only.Reasons);
    }

    [Fact]
    public async Task A_historical_state_and_its_successor_are_the_same_country_but_two_states_of_one_successor_are_not()
    {
        (string, string)[] successions = [("north-ruritania", "ruritania"), ("south-ruritania", "ruritania")];
        (string Slug, EpisodeKind Kind, int From, int To, string Country, string Region, (string, string)[] Actors)[] rows =
        [
            ("a-1959", EpisodeKind.MilitaryAid, 1959, 1975, "north-ruritania", "Asia", None),
            ("b-1978", EpisodeKind.MilitaryAid, 1978, 1979, "ruritania", "Europe", None),
            ("c-1990", EpisodeKind.Coup, 1990, 1990, "south-ruritania", "Africa", None),
        ];

        var fromTheOldState = await RelatedTo("a-1959", [], successions, rows);
        var fromTheSuccessor = await RelatedTo("b-1978", [], successions, rows);

        Assert.Equal(["same country: ruritania"], Assert.Single(fromTheOldState).Reasons);
        Assert.Equal(["same country: north-ruritania", "same country: south-ruritania"], fromTheSuccessor.Select(r => Assert.Single(r.Reasons)).Order());
    }

    [Fact]
    public async Task A_person_on_two_episodes_with_a_stated_role_relates_them_but_one_merely_named_on_both_needs_company()
    {
        var withRole = await RelatedTo("a-1950",
            ("a-1950", EpisodeKind.Invasion, 1950, 1950, "ruritania", "Europe", [("Anna Vesna", "leader installed")]),
            ("b-1970", EpisodeKind.Coup, 1970, 1970, "borduria", "Asia", [("Anna Vesna", "involved")]));
        var merelyNamed = await RelatedTo("a-1950",
            ("a-1950", EpisodeKind.Invasion, 1950, 1950, "ruritania", "Europe", [("Anna Vesna", "involved")]),
            ("b-1970", EpisodeKind.Coup, 1970, 1970, "borduria", "Asia", [("Anna Vesna", "involved")]));

        Assert.Equal(["same people: Anna Vesna"], Assert.Single(withRole).Reasons);
        Assert.Empty(merelyNamed);
    }

    [Fact]
    public async Task Two_people_each_on_three_episodes_relate_the_episode_that_has_both_but_not_those_with_one()
    {
        var related = await RelatedTo("a-1950",
            ("a-1950", EpisodeKind.Invasion, 1950, 1950, "ruritania", "Europe", [("Anna Vesna", "leader installed"), ("Boris Orel", "leader deposed")]),
            ("b-1960", EpisodeKind.Coup, 1960, 1960, "borduria", "Asia", [("Anna Vesna", "leader installed"), ("Boris Orel", "leader deposed")]),
            ("c-1970", EpisodeKind.Coup, 1970, 1970, "syldavia", "Africa", [("Anna Vesna", "leader installed")]),
            ("d-1980", EpisodeKind.Coup, 1980, 1980, "moldavia", "Americas", [("Boris Orel", "leader deposed")]));

        var only = Assert.Single(related);
        Assert.Equal("b-1960", only.Episode.Slug);
        Assert.Equal(["same people: Anna Vesna, Boris Orel"], only.Reasons);
    }

    [Fact]
    public async Task Acts_of_force_in_one_region_in_overlapping_years_are_related_but_not_a_few_years_apart_nor_aid()
    {
        var related = await RelatedTo("a-1944",
            ("a-1944", EpisodeKind.Invasion, 1944, 1945, "ruritania", "Europe", None),
            ("b-1945", EpisodeKind.Invasion, 1945, 1945, "borduria", "Europe", None),
            ("c-1948", EpisodeKind.Invasion, 1948, 1948, "syldavia", "Europe", None),
            ("d-1945", EpisodeKind.Occupation, 1945, 1945, "moldavia", "Europe", None),
            ("e-1945", EpisodeKind.MilitaryAid, 1945, 1945, "wallachia", "Europe", None));

        Assert.Equal(["b-1945", "d-1945"], related.Select(r => r.Episode.Slug).Order());
        Assert.Equal(["same kind, region and years: Europe, 1945"], related.Single(r => r.Episode.Slug == "b-1945").Reasons);
        Assert.Equal(["acts of force in the same region and years: Europe, 1945"], related.Single(r => r.Episode.Slug == "d-1945").Reasons);
    }

    [Fact]
    public async Task Insurgencies_aided_in_one_region_are_related_while_their_years_overlap_however_far_apart_they_began()
    {
        var related = await RelatedTo("a-1961",
            ("a-1961", EpisodeKind.InsurgencySupport, 1961, 1965, "ruritania", "Africa", None),
            ("b-1965", EpisodeKind.InsurgencySupport, 1965, 1979, "borduria", "Africa", None),
            ("c-1967", EpisodeKind.InsurgencySupport, 1967, 1970, "syldavia", "Africa", None));

        Assert.Equal("b-1965", Assert.Single(related).Episode.Slug);
    }

    [Fact]
    public async Task At_most_six_are_listed_the_strongest_first()
    {
        var shared = new[] { ("Boris Orel", "leader deposed") };
        var rows = Enumerable.Range(0, 9).Select(i => ($"e-{1950 + i}", EpisodeKind.Coup, 1950 + i * 3, 1950 + i * 3, "ruritania", "Europe", i == 8 ? shared : None))
            .Prepend(("self", EpisodeKind.Invasion, 1990, 1990, "ruritania", "Europe", shared)).ToArray();

        var related = await RelatedTo("self", rows);

        Assert.Equal(RelatedEpisodes.Most, related.Count);
        Assert.Equal("e-1958", related[0].Episode.Slug);
        Assert.Contains("same people: Boris Orel", related[0].Reasons);
    }

    [Fact]
    public async Task Episodes_told_in_an_article_named_after_a_war_are_not_thereby_part_of_that_war()
    {
        var related = await RelatedTo("a-1939", new Dictionary<string, string>
        {
            ["a-1939"] = "Great War › Background › Earlier conflicts",
            ["b-1937"] = "Great War › Background › Earlier conflicts",
        },
            ("a-1939", EpisodeKind.Invasion, 1939, 1940, "ruritania", "Europe", None),
            ("b-1937", EpisodeKind.Invasion, 1937, 1939, "borduria", "Europe", None));

        Assert.Empty(related);
    }

    [Fact]
    public async Task Episodes_told_side_by_side_in_one_section_named_after_a_war_are_not_thereby_its_fronts()
    {
        // "Background › Great War" names the invasion of Borduria as what came before the war, not as one of its fronts.
        var related = await RelatedTo("a-1939", new Dictionary<string, string>
        {
            ["a-1939"] = "History › Background › Great War",
            ["b-1937"] = "History › Background › Great War",
        },
            ("a-1939", EpisodeKind.Invasion, 1939, 1940, "ruritania", "Europe", None),
            ("b-1937", EpisodeKind.Invasion, 1937, 1939, "borduria", "Europe", None));

        Assert.Empty(related);
    }

    [Fact]
    public async Task A_passage_told_in_the_section_that_dates_a_war_is_part_of_it_with_the_fronts_under_it()
    {
        const string War = "History › 1941–1949: Great War, formation of the bloc";
        var related = await RelatedTo("a-1945", new Dictionary<string, string>
        {
            ["a-1945"] = War,
            ["b-1943"] = $"{War} › 1943: Borduria",
        },
            ("a-1945", EpisodeKind.Invasion, 1945, 1945, "ruritania", "Europe", None),
            ("b-1943", EpisodeKind.Occupation, 1943, 1945, "borduria", "Europe", None));

        Assert.Equal(["part of the same war: Great War"], Assert.Single(related).Reasons);
    }

    [Fact]
    public async Task A_long_war_of_one_kind_and_region_is_not_related_to_a_campaign_begun_years_into_it()
    {
        var related = await RelatedTo("a-1941",
            ("a-1941", EpisodeKind.Invasion, 1941, 1944, "ruritania", "Europe", None),
            ("b-1944", EpisodeKind.Invasion, 1944, 1946, "borduria", "Europe", None),
            ("c-1942", EpisodeKind.Invasion, 1942, 1942, "syldavia", "Europe", None));

        var only = Assert.Single(related);
        Assert.Equal("c-1942", only.Episode.Slug);
    }

    [Fact]
    public async Task Acts_of_force_in_the_same_years_and_region_under_one_war_heading_are_part_of_the_same_war_but_not_fronts_elsewhere()
    {
        const string War = "History › 1941–1949: Great War, formation of the bloc";
        var related = await RelatedTo("a-1944", new Dictionary<string, string>
        {
            ["a-1944"] = $"{War} › 1944: Ruritania",
            ["b-1942"] = $"{War} › 1942: Borduria",
            ["c-1945"] = $"{War} › 1945: Syldavia",
            ["d-1945"] = $"{War} › 1945: Moldavia",
            ["e-1948"] = $"{War} › 1948: Wallachia",
            ["f-1942"] = "History › 1945–1950: Interwar years › 1942: Carpathia",
        },
            ("a-1944", EpisodeKind.Invasion, 1944, 1945, "ruritania", "Europe", None),
            ("b-1942", EpisodeKind.Occupation, 1942, 1950, "borduria", "Europe", None),
            ("c-1945", EpisodeKind.Invasion, 1945, 1945, "syldavia", "Asia", None),
            ("d-1945", EpisodeKind.MilitaryAid, 1945, 1945, "moldavia", "Europe", None),
            ("e-1948", EpisodeKind.Invasion, 1948, 1948, "wallachia", "Europe", None),
            ("f-1942", EpisodeKind.Invasion, 1942, 1946, "carpathia", "Oceania", None));

        // Not the front in another region (c), nor aid (d), nor a later act (e), nor one told under no war (f).
        var only = Assert.Single(related);
        Assert.Equal("b-1942", only.Episode.Slug);
        Assert.Equal(["part of the same war: Great War"], only.Reasons);
    }

    [Fact]
    public async Task A_war_heading_relates_the_sections_under_it_and_not_those_a_wildcard_in_its_path_would_match()
    {
        const string War = "1941–1949: Great War, formation of the bloc";
        var related = await RelatedTo("a-1944", new Dictionary<string, string>
        {
            ["a-1944"] = $"History › Part_1 › {War} › 1944: Ruritania",
            ["b-1942"] = $"History › Part_1 › {War} › 1942: Borduria",
            // "_" and "%" are LIKE's wildcards: as patterns, these paths would be under the war heading of a's.
            ["c-1942"] = $"History › PartX1 › {War} › 1942: Syldavia",
            ["d-1942"] = $"History › Part_1 › {War}% › 1942: Moldavia",
        },
            ("a-1944", EpisodeKind.Invasion, 1944, 1945, "ruritania", "Europe", None),
            ("b-1942", EpisodeKind.Occupation, 1942, 1950, "borduria", "Europe", None),
            ("c-1942", EpisodeKind.Occupation, 1942, 1950, "syldavia", "Europe", None),
            ("d-1942", EpisodeKind.Occupation, 1942, 1950, "moldavia", "Oceania", None));

        var only = Assert.Single(related);
        Assert.Equal("b-1942", only.Episode.Slug);
        Assert.Equal(["part of the same war: Great War"], only.Reasons);
    }

    [Fact]
    public async Task Many_acts_of_force_in_one_region_and_years_relate_nothing_by_region_alone_but_a_few_begun_together_are_one_campaign()
    {
        (string Slug, EpisodeKind Kind, int From, int To, string Country, string Region, (string, string)[] Actors)[] rows =
        [
            ("a-1944", EpisodeKind.Invasion, 1944, 1946, "ruritania", "Europe", None),
            ("b-1944", EpisodeKind.Occupation, 1944, 1945, "borduria", "Europe", None),
            ("c-1944", EpisodeKind.Occupation, 1944, 1946, "syldavia", "Europe", None),
            ("d-1945", EpisodeKind.Invasion, 1945, 1945, "moldavia", "Europe", None),
            ("e-1945", EpisodeKind.Invasion, 1945, 1945, "wallachia", "Asia", None),
            ("f-1945", EpisodeKind.Occupation, 1945, 1950, "carpathia", "Asia", None),
            ("g-1945", EpisodeKind.Occupation, 1945, 1953, "dalmatia", "Asia", None),
        ];

        var oneOfMany = await RelatedTo("a-1944", rows);
        var oneOfAFew = await RelatedTo("f-1945", rows);

        Assert.Empty(oneOfMany);
        Assert.Equal(["e-1945", "g-1945"], oneOfAFew.Select(r => r.Episode.Slug).Order());
        Assert.Equal(["acts of force in the same region and years: Asia, 1945"], oneOfAFew.Single(r => r.Episode.Slug == "e-1945").Reasons);
        Assert.Equal(["same kind, region and years: Asia, 1945–1950"], oneOfAFew.Single(r => r.Episode.Slug == "g-1945").Reasons);
    }

    [Fact]
    public async Task The_many_fronts_of_one_region_are_not_made_few_by_a_source_telling_only_some_under_the_war_heading()
    {
        const string War = "History › 1941–1949: Great War, formation of the bloc";
        var related = await RelatedTo("a-1944", new Dictionary<string, string>
        {
            ["a-1944"] = $"{War} › 1944: Ruritania",
            ["b-1944"] = $"{War} › 1944: Borduria",
            ["c-1945"] = $"{War} › 1945: Syldavia",
        },
            ("a-1944", EpisodeKind.Invasion, 1944, 1946, "ruritania", "Europe", None),
            ("b-1944", EpisodeKind.Occupation, 1944, 1946, "borduria", "Europe", None),
            ("c-1945", EpisodeKind.Invasion, 1945, 1945, "syldavia", "Europe", None),
            ("d-1944", EpisodeKind.Occupation, 1944, 1945, "moldavia", "Europe", None),
            ("e-1945", EpisodeKind.Invasion, 1945, 1945, "wallachia", "Europe", None));

        Assert.Empty(related);
    }

    [Fact]
    public async Task A_wave_of_coups_in_one_region_relates_while_few_share_its_years_but_not_when_many_do()
    {
        (string Slug, EpisodeKind Kind, int From, int To, string Country, string Region, (string, string)[] Actors)[] rows =
        [
            ("a-1945", EpisodeKind.Coup, 1945, 1949, "ruritania", "Europe", None),
            ("b-1944", EpisodeKind.Coup, 1944, 1947, "borduria", "Europe", None),
            ("c-1946", EpisodeKind.Coup, 1946, 1948, "syldavia", "Europe", None),
            ("d-1947", EpisodeKind.Coup, 1947, 1947, "moldavia", "Europe", None),
            ("e-1960", EpisodeKind.Coup, 1960, 1964, "wallachia", "Africa", None),
            ("f-1963", EpisodeKind.Coup, 1963, 1970, "carpathia", "Africa", None),
        ];

        var inAWaveOfMany = await RelatedTo("a-1945", rows);
        var inAWaveOfTwo = await RelatedTo("e-1960", rows);

        Assert.Empty(inAWaveOfMany);
        Assert.Equal(["same kind, region and years: Africa, 1963–1964"], Assert.Single(inAWaveOfTwo).Reasons);
    }
}
