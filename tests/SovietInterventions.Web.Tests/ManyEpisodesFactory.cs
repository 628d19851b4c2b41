using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Tests;

/// <summary>
/// The site over a made-up encyclopedia bigger than one page of every list: <see cref="Episodes"/> episodes all
/// begun in the 1960s, as many actors (one each) and <see cref="Countries"/> countries.
/// </summary>
public sealed class ManyEpisodesFactory : DatabaseFolderFactory
{
    public const int Episodes = 450;
    public const int Countries = 230;

    public ManyEpisodesFactory() : base("many")
    {
        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(DatabasePath, readOnly: false));
        db.Database.EnsureCreated();
        var countries = Enumerable.Range(0, Countries)
            .Select(i => new Country { Slug = $"country-{i:000}", Name = $"Country {i:000}", Region = i % 2 == 0 ? "Europe" : "Africa", IsHistorical = i % 10 == 0 })
            .ToList();
        db.Countries.AddRange(countries);
        for (var i = 0; i < Episodes; i++)
        {
            var year = 1960 + i % 10;
            var episode = new Episode
            {
                Slug = $"episode-{i:000}", Title = $"Episode {i:000}", ShortTitle = $"Episode {i:000}", Kind = EpisodeKind.Coup,
                Start = $"{year}-{1 + i % 12:00}", StartYear = year, EndYear = year, Summary = "A made-up episode.",
            };
            db.Episodes.Add(episode);
            db.EpisodeCountries.Add(new EpisodeCountry { Episode = episode, Country = countries[i % Countries], Role = CountryRole.Target });
            db.EpisodeActors.Add(new EpisodeActor { Episode = episode, Actor = new Actor { Slug = $"person-{i:000}", Name = $"Person {i:000}" }, Role = "involved" });
        }
        db.Events.Add(new DatedEvent { Date = "1965-05-01", Year = 1965, Text = "A made-up treaty." });
        db.SaveChanges();
        var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();
        connection.Open();
        using (var transaction = connection.BeginTransaction())
        {
            SovietInterventions.Core.Import.Writing.SearchIndex.Build(connection, transaction);
            transaction.Commit();
        }
    }
}
