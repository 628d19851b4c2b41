using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import.Writing;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Tests;

/// <summary>A small encyclopedia with one of everything the pages show: kept in one place so tests can name what they expect.</summary>
public static class SampleData
{
    public const string ImportedAt = "2025-03-01T12:00:00Z";

    public static void CreateDatabase(string path)
    {
        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(path, readOnly: false));
        db.Database.EnsureCreated();

        Country Country(string slug, string name, string region, bool historical = false, params string[] aliases) => new()
        {
            Slug = slug, Name = name, Region = region, IsHistorical = historical,
            Aliases = [.. aliases.Select(a => new CountryAlias { Name = a })],
        };
        var mongolia = Country("mongolia", "Mongolia", "Asia");
        var hungary = Country("hungary", "Hungary", "Europe");
        var czechoslovakia = Country("czechoslovakia", "Czechoslovakia", "Europe", historical: true, "ČSSR");
        var czechia = Country("czech-republic", "Czech Republic", "Europe", aliases: "Czechia");
        var slovakia = Country("slovakia", "Slovakia", "Europe");
        var afghanistan = Country("afghanistan", "Afghanistan", "Asia", aliases: "Democratic Republic of Afghanistan");
        (mongolia.Iso3, hungary.Iso3, czechia.Iso3, slovakia.Iso3, afghanistan.Iso3) = ("MNG", "HUN", "CZE", "SVK", "AFG");
        db.Countries.AddRange(mongolia, hungary, czechoslovakia, czechia, slovakia, afghanistan);
        db.CountrySuccessions.AddRange(
            new CountrySuccession { Historical = czechoslovakia, Successor = czechia },
            new CountrySuccession { Historical = czechoslovakia, Successor = slovakia });

        Actor Actor(string slug, string name, ActorType type, string? description = null, params string[] aliases) => new()
        {
            Slug = slug, Name = name, Type = type, Description = description,
            Aliases = [.. aliases.Select(a => new ActorAlias { Name = a })],
        };
        var nagy = Actor("imre-nagy", "Imre Nagy", ActorType.Person, "Prime Minister of Hungary in 1953–1955 and 1956.");
        var kadar = Actor("janos-kadar", "János Kádár", ActorType.Person);
        var army = Actor("soviet-army", "Soviet Army", ActorType.ArmedForce, "The land forces of the Soviet Union.", "Red Army");
        var dubcek = Actor("alexander-dubcek", "Alexander Dubček", ActorType.Person);
        var kgb = Actor("kgb", "KGB", ActorType.StateBody, "The Soviet Union's security agency from 1954.", "Committee for State Security");
        var mpp = Actor("mongolian-peoples-party", "Mongolian People's Party", ActorType.Party);
        db.Actors.AddRange(nagy, kadar, army, dubcek, kgb, mpp);

        Episode Episode(string slug, string title, EpisodeKind kind, string start, string? end, string summary) => new()
        {
            Slug = slug, Title = title, ShortTitle = title, Kind = kind, Start = start, End = end,
            StartYear = PartialDate.ParseIso(start).Year, EndYear = PartialDate.ParseIso(end ?? start).Year,
            Summary = summary,
        };
        var mongolia1921 = Episode("mongolian-revolution-1921", "Mongolian Revolution of 1921", EpisodeKind.InsurgencySupport, "1921", "1924",
            "The Red Army and Mongolian partisans drove out the White forces and set up a Mongolian government allied with Moscow.");
        var hungary1945 = Episode("communist-takeover-of-hungary", "Communist takeover of Hungary", EpisodeKind.Occupation, "1945", "1949",
            "Under Soviet occupation the Hungarian communists took power step by step.");
        var hungary1956 = Episode("hungarian-revolution-1956", "Soviet intervention in Hungary", EpisodeKind.Invasion, "1956-11-04", "1956-11-10",
            "Soviet troops crushed the Hungarian Revolution and installed János Kádár.");
        // The list and timeline form, where the title is long.
        hungary1956.ShortTitle = "Hungary (1956)";
        hungary1956.Discrepancy = "The section heading gives 1956, but its text also dates the last fighting to 1957.";
        var prague1968 = Episode("invasion-of-czechoslovakia", "Warsaw Pact invasion of Czechoslovakia", EpisodeKind.Invasion, "1968-08", null,
            "Armies of the Warsaw Pact occupied Czechoslovakia to end the Prague Spring.");
        var afghanistan1979 = Episode("soviet-afghan-war", "Soviet–Afghan War", EpisodeKind.Invasion, "1979-12-24", "1989-02-15",
            "The Soviet Army invaded Afghanistan, deposed Hafizullah Amin and fought the mujahideen for nine years.");
        db.Episodes.AddRange(mongolia1921, hungary1945, hungary1956, prague1968, afghanistan1979);

        db.EpisodeCountries.AddRange(
            new EpisodeCountry { Episode = mongolia1921, Country = mongolia, Role = CountryRole.SupportedGovernment },
            new EpisodeCountry { Episode = hungary1945, Country = hungary, Role = CountryRole.Target },
            new EpisodeCountry { Episode = hungary1956, Country = hungary, Role = CountryRole.Target },
            new EpisodeCountry { Episode = prague1968, Country = czechoslovakia, Role = CountryRole.Target },
            new EpisodeCountry { Episode = prague1968, Country = hungary, Role = CountryRole.Participant },
            new EpisodeCountry { Episode = afghanistan1979, Country = afghanistan, Role = CountryRole.Target });
        db.EpisodeActors.AddRange(
            new EpisodeActor { Episode = mongolia1921, Actor = mpp, Role = "leader installed" },
            new EpisodeActor { Episode = mongolia1921, Actor = army, Role = "involved" },
            new EpisodeActor { Episode = hungary1956, Actor = nagy, Role = "leader deposed" },
            new EpisodeActor { Episode = hungary1956, Actor = kadar, Role = "leader installed" },
            new EpisodeActor { Episode = hungary1956, Actor = army, Role = "involved" },
            new EpisodeActor { Episode = prague1968, Actor = dubcek, Role = "leader deposed" },
            new EpisodeActor { Episode = afghanistan1979, Actor = army, Role = "involved" },
            new EpisodeActor { Episode = afghanistan1979, Actor = kgb, Role = "involved" },
            new EpisodeActor { Episode = hungary1956, Actor = dubcek, Role = "involved", AlsoMentioned = true },
            new EpisodeActor { Episode = hungary1945, Actor = kadar, Role = "involved" });

        var article = new SourceDocument
        {
            Slug = "soviet-involvement-in-regime-change", FileName = "soviet-involvement-in-regime-change.wiki",
            Title = "Soviet involvement in regime change", Format = SourceFormat.WikiText, Sha256 = "00",
            Url = "https://en.wikipedia.org/wiki/Soviet_involvement_in_regime_change", Author = "Wikipedia contributors", Licence = "CC BY-SA 4.0",
        };
        var notes = new SourceDocument
        {
            Slug = "soviet-foreign-policy-notes", FileName = "soviet-foreign-policy-notes.md",
            Title = "Soviet union foreign policy", Format = SourceFormat.Markdown, Sha256 = "01",
        };
        db.Sources.AddRange(article, notes);

        var position = new Dictionary<SourceDocument, int>();
        Passage Passage(SourceDocument doc, PassageKind kind, string section, string text, Episode? episode = null, int depth = 0)
        {
            var p = position[doc] = position.GetValueOrDefault(doc) + 1;
            var passage = new Passage
            {
                SourceDocument = doc, Kind = kind, SectionPath = section, Text = text, Position = p, Line = p * 2,
                Depth = depth, Episode = episode,
            };
            db.Passages.Add(passage);
            return passage;
        }
        const string Title = "Soviet involvement in regime change";
        Passage(article, PassageKind.Heading, Title, Title, depth: 1);
        Passage(article, PassageKind.Paragraph, Title, "Soviet involvement in regime change entailed both overt and covert actions.");
        Passage(article, PassageKind.Heading, $"{Title} › 1921–1940: Interwar period", "1921–1940: Interwar period", depth: 2);
        Passage(article, PassageKind.Heading, $"{Title} › 1921–1940: Interwar period › 1921–1924: Mongolia", "1921–1924: Mongolia", mongolia1921, depth: 3);
        Passage(article, PassageKind.Paragraph, $"{Title} › 1921–1940: Interwar period › 1921–1924: Mongolia",
            "In 1921 the Red Army entered Mongolia and drove out Ungern von Sternberg's forces.", mongolia1921);
        Passage(article, PassageKind.Heading, $"{Title} › 1945–1991: Cold War", "1945–1991: Cold War", depth: 2);
        Passage(article, PassageKind.Heading, $"{Title} › 1945–1991: Cold War › 1956: Hungary", "1956: Hungary", hungary1956, depth: 3);
        var budapest = Passage(article, PassageKind.Paragraph, $"{Title} › 1945–1991: Cold War › 1956: Hungary",
            "On 4 November 1956 Soviet tanks entered Budapest; the last fighting ended in early 1957.", hungary1956);
        Passage(article, PassageKind.Caption, $"{Title} › 1945–1991: Cold War › 1956: Hungary", "Soviet tanks in Budapest.", hungary1956);
        Passage(article, PassageKind.Heading, $"{Title} › 1945–1991: Cold War › 1968: Czechoslovakia", "1968: Czechoslovakia", prague1968, depth: 3);
        Passage(article, PassageKind.Paragraph, $"{Title} › 1945–1991: Cold War › 1968: Czechoslovakia",
            "In August 1968 the armies of the Warsaw Pact invaded Czechoslovakia.", prague1968);
        Passage(article, PassageKind.Heading, $"{Title} › 1945–1991: Cold War › 1979–1989: Afghanistan", "1979–1989: Afghanistan", afghanistan1979, depth: 3);
        var kabul = Passage(article, PassageKind.Paragraph, $"{Title} › 1945–1991: Cold War › 1979–1989: Afghanistan",
            "On 27 December 1979 Soviet special forces stormed the Tajbeg Palace and killed Hafizullah Amin.", afghanistan1979);

        const string Notes = "Soviet union foreign policy";
        Passage(notes, PassageKind.Heading, Notes, Notes, depth: 1);
        Passage(notes, PassageKind.Heading, $"{Notes} › Initial stage – Global Revolution", "Initial stage – Global Revolution", depth: 2);
        Passage(notes, PassageKind.ListItem, $"{Notes} › Initial stage – Global Revolution", "Trotsky's idea was to export revolution to all of Europe");
        Passage(notes, PassageKind.ListItem, $"{Notes} › Initial stage – Global Revolution", "PLUS: the Spartacist revolt in Germany", depth: 1);
        Passage(notes, PassageKind.ListItem, $"{Notes} › Initial stage – Global Revolution", "MINUS: defeat in the Polish–Soviet War", depth: 1);
        // A level-4 heading straight after a level-2 one, as in the real notes.
        Passage(notes, PassageKind.Heading, $"{Notes} › Initial stage – Global Revolution › Socialism in one country", "Socialism in one country", depth: 4);
        var rapallo = Passage(notes, PassageKind.ListItem, $"{Notes} › Initial stage – Global Revolution › Socialism in one country", "Rapallo treaty 1922 (mutual cooperation)");
        // The notes restate the article's sentence: the page shows it once, citing both.
        var restated = Passage(notes, PassageKind.ListItem, $"{Notes} › Initial stage – Global Revolution › Socialism in one country",
            "On 4 November 1956 Soviet tanks entered Budapest, and the last fighting ended in early 1957.", hungary1956);
        // A line of Hungary's section that also tells Czechoslovakia 1968: that episode lists it among its sources.
        var twoCrises = Passage(notes, PassageKind.ListItem, $"{Notes} › Initial stage – Global Revolution › Socialism in one country",
            "Soviet tanks crushed Budapest in 1956 and Prague in 1968", hungary1956);
        db.Add(new SharedPassage { Episode = prague1968, Passage = twoCrises });
        // A line of no episode's section that the Mongolian episode's infobox cites: the page lists its source.
        var withdrawal = Passage(notes, PassageKind.ListItem, $"{Notes} › Initial stage – Global Revolution › Socialism in one country",
            "Soviet troops stayed in Mongolia until 1924");
        mongolia1921.Infobox.Add(new InfoboxEntry { Field = InfoboxField.Result, Order = 1, Value = "Soviet troops stayed until 1924", Passage = withdrawal });

        hungary1956.Lead.Add(new LeadSentence { Order = 1, Text = "On 4 November 1956 Soviet tanks entered Budapest.", Passage = budapest });
        hungary1956.Infobox.AddRange(
            new InfoboxEntry { Field = InfoboxField.Place, Order = 1, Value = "Budapest", Passage = budapest },
            new InfoboxEntry { Field = InfoboxField.SovietForces, Order = 1, Value = "Soviet tanks", Passage = budapest });

        db.Events.AddRange(
            new DatedEvent { Date = "1921-07-11", Year = 1921, Text = "Mongolian independence proclaimed in Urga.", Episode = mongolia1921 },
            new DatedEvent { Date = "1956-10-23", Year = 1956, Text = "Demonstrations in Budapest begin the revolution.", Episode = hungary1956 },
            // Told by both documents: the import folds it into one event citing both (Core's Import/Entries/Repeats).
            new DatedEvent
            {
                Date = "1956-11-04", Year = 1956, Text = "Soviet tanks enter Budapest.", Episode = hungary1956, Passage = budapest,
                FurtherSources = [new EventSource { Order = 1, Passage = restated }],
            },
            new DatedEvent { Date = "1980", Year = 1980, Text = "The resistance spread across the country.", Episode = afghanistan1979 },
            new DatedEvent { Date = "1956-11", Year = 1956, Text = "János Kádár's government is installed.", Episode = hungary1956 },
            new DatedEvent { Date = "1979-12-27", Year = 1979, Text = "Soviet special forces storm the Tajbeg Palace.", Episode = afghanistan1979, Passage = kabul },
            new DatedEvent { Date = "1922-04-16", Year = 1922, Text = "Treaty of Rapallo between Germany and Soviet Russia.", Passage = rapallo },
            new DatedEvent { Date = "1939-08-23", Year = 1939, Text = "Molotov–Ribbentrop Pact signed." });

        db.SlugRedirects.AddRange(
            new SlugRedirect { Entity = SlugEntity.Episode, OldSlug = "soviet-intervention-in-hungary", CurrentSlug = "hungarian-revolution-1956" },
            new SlugRedirect { Entity = SlugEntity.Country, OldSlug = "czechoslovak-socialist-republic", CurrentSlug = "czechoslovakia" },
            new SlugRedirect { Entity = SlugEntity.Actor, OldSlug = "red-army", CurrentSlug = "soviet-army" },
            new SlugRedirect { Entity = SlugEntity.Source, OldSlug = "regime-change", CurrentSlug = "soviet-involvement-in-regime-change" });
        db.ImportInfo.Add(new ImportInfo { ImportedAt = DateTimeOffset.Parse(ImportedAt), SeedsHash = "sample" });
        // Each episode's narrative as the import arranges it.
        NarrativeRows.Arrange(db.ChangeTracker.Entries<Episode>().Select(e => e.Entity).ToList(), db.ChangeTracker.Entries<Passage>().Select(e => e.Entity).ToList());
        db.SaveChanges();
        foreach (var repeat in db.ChangeTracker.Entries<NarrativeEntry>().Select(e => e.Entity).Where(n => n.RepeatOf is not null))
            repeat.RepeatOfPassageId = repeat.RepeatOf!.Id;
        // Ids exist only once saved: the passage that names Mongolia's role.
        db.EpisodeCountries.Single(c => c.EpisodeId == mongolia1921.Id).PassageId = mongolia1921.Passages.Single(p => p.Kind == PassageKind.Paragraph).Id;
        db.SaveChanges();
    }
}
