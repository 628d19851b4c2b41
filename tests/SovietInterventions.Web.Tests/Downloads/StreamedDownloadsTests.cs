using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;
using SovietInterventions.Web.Downloads;

namespace SovietInterventions.Web.Tests.Downloads;

/// <summary>
/// The downloads written a batch or a row at a time are byte for byte what writing the whole list at once gave
/// (the JSON serializer over every episode, CSV lines over every row), whatever the batch size and however many
/// episodes share a start.
/// </summary>
[Collection(SeedsCollection.Name)]
public sealed class StreamedDownloadsTests(SeedsFactory seeds, ManyEpisodesFactory many) : IClassFixture<ManyEpisodesFactory>
{
    static byte[] WholeJson(EncyclopediaDb db) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(EpisodeJson.Load(db), EpisodeJson.Options));

    static async Task<byte[]> StreamedJson(EncyclopediaDb db, int batchSize)
    {
        using var output = new MemoryStream();
        await StreamedDownloads.WriteJsonAsync(output, StreamedDownloads.EpisodeBatches(db, batchSize), CancellationToken.None);
        return output.ToArray();
    }

    static T With<T>(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> site, Func<EncyclopediaDb, T> read)
    {
        using var scope = site.Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<EncyclopediaDb>());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(StreamedDownloads.BatchSize)]
    public async Task The_seeds_json_in_batches_is_the_whole_list_serialized_at_once(int batchSize)
    {
        using var scope = seeds.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EncyclopediaDb>();

        Assert.Equal(WholeJson(db), await StreamedJson(db, batchSize));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(StreamedDownloads.BatchSize)]
    public async Task Batches_that_end_inside_a_run_of_episodes_with_the_same_start_lose_and_repeat_none(int batchSize)
    {
        using var scope = many.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EncyclopediaDb>();

        var batches = StreamedDownloads.EpisodeBatches(db, batchSize).ToList();

        Assert.Equal(ManyEpisodesFactory.Episodes, batches.Sum(b => b.Count));
        Assert.Equal(ManyEpisodesFactory.Episodes, batches.SelectMany(b => b).Select(e => e.Slug).Distinct().Count());
        Assert.Equal(WholeJson(db), await StreamedJson(db, batchSize));
    }

    [Fact]
    public async Task An_empty_encyclopedia_is_an_empty_array_as_before()
    {
        using var output = new MemoryStream();
        await StreamedDownloads.WriteJsonAsync(output, [], CancellationToken.None);

        Assert.Equal(JsonSerializer.Serialize(new List<EpisodeJson>(), EpisodeJson.Options), Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public async Task The_json_download_is_the_whole_list_with_the_same_content_type()
    {
        var response = await seeds.CreateClient().GetAsync("/downloads/episodes.json");

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(With(seeds, WholeJson), await response.Content.ReadAsByteArrayAsync());
    }

    static byte[] WholeCsv(string[] header, IEnumerable<string?[]> rows)
    {
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(header)) text.AppendJoin(',', line.Select(Csv.Cell)).Append("\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // Each table as it was built whole: every row read into a list first, then written.
    static byte[] WholeTable(EncyclopediaDb db, string file) => file switch
    {
        "episodes.csv" => WholeCsv(["slug", "title", "kind", "start", "end", "summary", "url"],
            db.Episodes.OrderBy(e => e.Start).ThenBy(e => e.Slug).ToList()
                .Select(e => new[] { e.Slug, e.Title, EpisodeJson.KindName(e.Kind), e.Start, e.End, e.Summary, $"/episodes/{e.Slug}" })),
        "episode-countries.csv" => WholeCsv(["episode", "country", "country_name", "role"],
            db.EpisodeCountries.OrderBy(x => x.Episode.Slug).ThenBy(x => x.Country.Slug)
                .Select(x => new { Episode = x.Episode.Slug, x.Country.Slug, x.Country.Name, x.Role }).ToList()
                .Select(x => new[] { x.Episode, x.Slug, x.Name, x.Role.ToString().ToLowerInvariant() })),
        "episode-actors.csv" => WholeCsv(["episode", "actor", "actor_name", "actor_type", "role"],
            db.EpisodeActors.OrderBy(x => x.Episode.Slug).ThenBy(x => x.Actor.Slug)
                .Select(x => new { Episode = x.Episode.Slug, x.Actor.Slug, x.Actor.Name, x.Actor.Type, x.Role }).ToList()
                .Select(x => new[] { x.Episode, x.Slug, x.Name, EpisodeJson.TypeName(x.Type), x.Role })),
        "events.csv" => WholeCsv(["date", "episode", "text"],
            db.Events.OrderBy(v => v.Date).ThenBy(v => v.Id)
                .Select(v => new { v.Date, Episode = v.Episode == null ? null : v.Episode.Slug, v.Text }).ToList()
                .Select(v => new[] { v.Date, v.Episode, v.Text })),
        _ => throw new ArgumentOutOfRangeException(nameof(file)),
    };

    [Theory]
    [InlineData("episodes.csv")]
    [InlineData("episode-countries.csv")]
    [InlineData("episode-actors.csv")]
    [InlineData("events.csv")]
    public async Task Each_csv_download_is_the_whole_table_with_the_same_content_type(string file)
    {
        var response = await seeds.CreateClient().GetAsync($"/downloads/{file}");

        Assert.Equal("text/csv; header=present; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(With(seeds, db => WholeTable(db, file)), await response.Content.ReadAsByteArrayAsync());
    }
}
