using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import.Writing;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Writing;

public sealed class RowWriterTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"rows-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public void A_graph_written_without_EF_Core_reads_back_through_it_with_every_link()
    {
        var finland = new Country { Slug = "finland", Name = "Finland", Region = "Europe", Aliases = [new CountryAlias { Name = "Suomi" }] };
        var empire = new Country { Slug = "old-empire", Name = "Old Empire", Region = "Europe", IsHistorical = true, NotOnMap = "gone" };
        empire.Successors.Add(new CountrySuccession { Historical = empire, Successor = finland });
        var source = new SourceDocument { Slug = "notes", FileName = "notes.md", Title = "Notes", Sha256 = "ab", Url = "https://example.org/notes", Licence = "CC0" };
        var first = new Passage { SourceDocument = source, SectionPath = "Notes", Text = "In 1939 the Red Army invaded.", Position = 1, Line = 3 };
        var second = new Passage { SourceDocument = source, SectionPath = "Notes", Kind = PassageKind.ListItem, Text = "A treaty in 1940.", Position = 2, Line = 5, Depth = 1 };
        source.Passages.AddRange([first, second]);
        var army = new Actor { Slug = "red-army", Name = "Red Army", Type = ActorType.ArmedForce, Discovered = true, Aliases = [new ActorAlias { Name = "RKKA" }] };
        var episode = new Episode
        {
            Slug = "1939-finland", Title = "Invasion of Finland", ShortTitle = "Finland (1939)", CommonName = "Winter War", Kind = EpisodeKind.Invasion,
            Side = SovietSide.Occupation, Start = "1939-11-30", End = "1940", StartYear = 1939, EndYear = 1940, Summary = "s", Discrepancy = "d",
        };
        first.Episode = episode;
        episode.Countries.Add(new EpisodeCountry { Episode = episode, Country = finland, Role = CountryRole.Target, PassageId = 7 });
        episode.Actors.Add(new EpisodeActor { Episode = episode, Actor = army, Role = "invader", AlsoMentioned = true });
        episode.Events.Add(new DatedEvent { Date = "1939-11-30", Year = 1939, Text = "invaded", Passage = first });
        episode.Lead.Add(new LeadSentence { Order = 1, Text = "The Red Army invaded Finland.", Passage = first });
        episode.Infobox.Add(new InfoboxEntry { Field = InfoboxField.Place, Order = 1, Value = "Karelia", Passage = first });
        var context = new DatedEvent { Date = "1940", Year = 1940, Text = "A treaty", Passage = second };
        context.RelatedEpisodes.Add(new EventLink { Event = context, Episode = episode });
        var rows = new ImportRows();
        rows.Countries.AddRange([empire, finland]);
        rows.Sources.Add(source);
        rows.Episodes.Add(episode);
        rows.Events.Add(context);
        rows.SlugRedirects.Add(new SlugRedirect { Entity = SlugEntity.Episode, OldSlug = "1939-karelia", CurrentSlug = "1939-finland" });
        rows.ImportInfo.Add(new ImportInfo { ImportedAt = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero), SeedsHash = "h", Warnings = 2 });

        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            new RowWriter(connection, transaction).Write(rows);
            transaction.Commit();
        }

        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(path, readOnly: true));
        var read = db.Episodes.Include(e => e.Countries).ThenInclude(c => c.Country).Include(e => e.Actors).ThenInclude(a => a.Actor).ThenInclude(a => a.Aliases)
            .Include(e => e.Events).Include(e => e.Lead).Include(e => e.Infobox).Include(e => e.Passages).AsSplitQuery().Single();
        Assert.Equal(("Winter War", SovietSide.Occupation, "d"), (read.CommonName, read.Side, read.Discrepancy));
        Assert.Equal((CountryRole.Target, "finland", 7), (read.Countries.Single().Role, read.Countries.Single().Country.Slug, read.Countries.Single().PassageId));
        Assert.Equal(("invader", true, true, "RKKA"), (read.Actors.Single().Role, read.Actors.Single().AlsoMentioned, read.Actors.Single().Actor.Discovered, read.Actors.Single().Actor.Aliases.Single().Name));
        Assert.Equal(first.Id, read.Passages.Single().Id);
        Assert.Equal(first.Id, read.Events.Single().PassageId);
        Assert.Equal((first.Id, "The Red Army invaded Finland."), (read.Lead.Single().PassageId, read.Lead.Single().Text));
        Assert.Equal((InfoboxField.Place, "Karelia", first.Id), (read.Infobox.Single().Field, read.Infobox.Single().Value, read.Infobox.Single().PassageId));
        var treaty = db.Events.Include(v => v.RelatedEpisodes).Single(v => v.EpisodeId == null);
        Assert.Equal((second.Id, episode.Id), (treaty.PassageId, treaty.RelatedEpisodes.Single().EpisodeId));
        Assert.Equal(["old-empire"], db.CountrySuccessions.Where(s => s.Successor.Slug == "finland").Select(s => s.Historical.Slug).ToList());
        Assert.Equal("Suomi", db.CountryAliases.Single().Name);
        var stored = db.Sources.Include(s => s.Passages).Single();
        Assert.Equal(("https://example.org/notes", "CC0", PassageKind.ListItem, 1), (stored.Url, stored.Licence, stored.Passages.Single(p => p.Position == 2).Kind, stored.Passages.Single(p => p.Position == 2).Depth));
        Assert.Equal(SlugEntity.Episode, db.SlugRedirects.Single().Entity);
        Assert.Equal((new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero), 2), (db.ImportInfo.Single().ImportedAt, db.ImportInfo.Single().Warnings));
    }
}
