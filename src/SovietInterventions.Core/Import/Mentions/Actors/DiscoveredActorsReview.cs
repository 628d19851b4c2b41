using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// The review file a curator reads after each import (discovered-actors.json beside the database): every actor
/// learned from the texts, how it was introduced, and the first passages that name it, so that the right ones
/// can be moved into data/actors.json.
/// </summary>
internal static class DiscoveredActorsReview
{
    public const string FileName = "discovered-actors.json";
    private const int PassagesEach = 3;
    private const int ExcerptLength = 300;

    // The generated metadata, with an encoder that leaves the texts' quotes and dashes readable.
    private static readonly JsonSerializerOptions Options = new(ReviewJson.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public sealed record Where(string Document, int Line, string Text);
    public sealed record Entry(string Slug, string Name, string Type, IReadOnlyList<string> Aliases, string? Found, int Mentions, IReadOnlyList<Where> Passages);
    public sealed record Review(string Note, IReadOnlyList<Entry> Actors);

    public static IReadOnlyList<Entry> Entries(IReadOnlyList<ActorEntry> learned, IEnumerable<PassageDraft> passages)
    {
        var named = passages.SelectMany(p => p.Actors.Where(a => a.Discovered).Select(a => (Mention: a, Passage: p)))
            .GroupBy(x => x.Mention.ActorSlug).ToDictionary(g => g.Key, g => g.ToList());
        return [.. learned.Where(a => named.ContainsKey(a.Slug)).Select(a =>
        {
            var mentions = named[a.Slug];
            var where = mentions.DistinctBy(m => m.Passage).Take(PassagesEach)
                .Select(m => new Where(m.Passage.Document.FileName, m.Passage.Block.Line, Excerpt(m.Passage.Text, m.Mention))).ToList();
            return new Entry(a.Slug, a.Name, a.Type.ToString(), a.Aliases, a.HowFound, mentions.Count, where);
        })];
    }

    public static void Write(IReadOnlyList<ActorEntry> learned, IEnumerable<PassageDraft> passages, string path)
    {
        var review = new Review("Actors learned from the texts, not in data/actors.json: move the real ones there.", Entries(learned, passages));
        File.WriteAllText(path, JsonSerializer.Serialize(review, Options.GetTypeInfo(typeof(Review))));
    }

    private static string Excerpt(string text, ActorMention mention)
    {
        var (start, end) = ActorRelevance.SentenceAround(text, mention.Index, mention.Index + mention.Length);
        return TextCut.AtWord(text[start..Math.Min(text.Length, end + 1)].Trim(), ExcerptLength);
    }
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DiscoveredActorsReview.Review))]
internal sealed partial class ReviewJson : JsonSerializerContext;
