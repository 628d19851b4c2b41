using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Export;

namespace SovietInterventions.Web.Downloads;

/// <summary>
/// The generated downloads written while they are read, so that none holds the whole dataset in memory: the JSON a
/// batch of episodes at a time, each batch found by where the last one ended in the export's order (start, slug), the
/// CSV tables row by row from one forward-only reader. The bytes are those of the whole list written at once.
/// </summary>
public static class StreamedDownloads
{
    /// <summary>Episodes per batch: large enough that the six queries of a batch are few, small enough to stay a few hundred KB.</summary>
    public const int BatchSize = 250;

    // Written bytes wait in the writer's buffer up to this size before they go to the response.
    const int FlushAbove = 16 * 1024;

    static readonly JsonWriterOptions WriterOptions = new()
    {
        // The serializer takes its layout from the writer, so the writer gets the export's.
        Encoder = EpisodeJson.Options.Encoder,
        Indented = EpisodeJson.Options.WriteIndented,
        IndentCharacter = EpisodeJson.Options.IndentCharacter,
        IndentSize = EpisodeJson.Options.IndentSize,
        NewLine = EpisodeJson.Options.NewLine,
        MaxDepth = EpisodeJson.Options.MaxDepth,
    };

    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Every episode in the export's order, <paramref name="size"/> at a time. Each batch starts after the last episode
    /// of the one before (start and slug together are unique), so a batch costs one walk of that order, wherever it lies.
    /// </summary>
    public static IEnumerable<List<EpisodeJson>> EpisodeBatches(EncyclopediaDb db, int size = BatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        IQueryable<Core.Model.Episode> rest = db.Episodes;
        while (true)
        {
            var batch = EpisodeJson.Load(db, rest.OrderBy(e => e.Start).ThenBy(e => e.Slug).Take(size));
            if (batch.Count > 0) yield return batch;
            if (batch.Count < size) yield break;
            var (start, slug) = (batch[^1].StartDate, batch[^1].Slug);
            // string.Compare becomes SQL's own comparison, the one ORDER BY uses.
            rest = db.Episodes.Where(e => string.Compare(e.Start, start) > 0 || (e.Start == start && string.Compare(e.Slug, slug) > 0));
        }
    }

    /// <summary>The episodes as one JSON array, laid out as <see cref="EpisodeJson.Options"/> lays out the whole list.</summary>
    public static async Task WriteJsonAsync(Stream output, IEnumerable<List<EpisodeJson>> batches, CancellationToken cancel)
    {
        await using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartArray();
        foreach (var batch in batches)
            foreach (var episode in batch)
            {
                JsonSerializer.Serialize(json, episode, EpisodeJson.Options);
                if (json.BytesPending > FlushAbove) await json.FlushAsync(cancel);
            }
        json.WriteEndArray();
        await json.FlushAsync(cancel);
    }

    /// <summary>A CSV table, header first, each row written as it is read.</summary>
    public static async Task WriteCsvAsync(Stream output, IEnumerable<string> header, IAsyncEnumerable<string?[]> rows, CancellationToken cancel)
    {
        await using var text = new StreamWriter(output, Utf8, FlushAbove, leaveOpen: true);
        await text.WriteAsync(Csv.Line(header));
        await foreach (var row in rows.WithCancellation(cancel)) await text.WriteAsync(Csv.Line(row));
        await text.FlushAsync(cancel);
    }

    /// <summary>A response body written by <paramref name="write"/> as it goes, with its length unknown beforehand.</summary>
    public static IResult Streamed(string contentType, Func<Stream, CancellationToken, Task> write) => new StreamedResult(contentType, write);

    sealed class StreamedResult(string contentType, Func<Stream, CancellationToken, Task> write) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.ContentType = contentType;
            return write(context.Response.Body, context.RequestAborted);
        }
    }
}
