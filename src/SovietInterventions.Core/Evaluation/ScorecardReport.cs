using System.Text.Json;
using System.Text.Json.Serialization;

namespace SovietInterventions.Core.Evaluation;

/// <summary>A scorecard as text (one line per episode, then the scores) or as JSON.</summary>
public static class ScorecardReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static void WriteText(Scorecard card, TextWriter output)
    {
        foreach (var e in card.Episodes)
        {
            var a = e.Annotated;
            var wanted = $"{string.Join('+', a.Targets)} {Years(a.Start, a.EndYear)}";
            if (e.Match is not { } m)
            {
                output.WriteLine($"MISSED    {a.Id,-28} {wanted}");
                continue;
            }
            var line = $"{(e.ExactYears ? "EXACT" : "FOUND"),-9} {a.Id,-28} {wanted} -> {m.Slug} {Years(m.StartYear, m.EndYear)}";
            if (e.MultiSource) line += $"; sources {a.SourceFiles.Count - e.MissingSources.Count}/{a.SourceFiles.Count}";
            if (a.Actors.Count > 0) line += $"; actors {e.FoundActors.Count}/{a.Actors.Count}";
            if (e.MissingSources.Count > 0) line += $"; missing sources: {string.Join(", ", e.MissingSources)}";
            if (e.MissingActors.Count > 0) line += $"; missing actors: {string.Join(", ", e.MissingActors)}";
            output.WriteLine(line);
        }
        foreach (var u in card.Unmatched)
        {
            var label = u.Kind switch { UnmatchedKind.Duplicate => "DUPLICATE", UnmatchedKind.Acceptable => "EXTRA-OK", _ => "SPURIOUS" };
            var of = u.DuplicateOf is null ? "" : $" (of {u.DuplicateOf})";
            output.WriteLine($"{label,-9} {u.Episode.Slug} {string.Join('+', u.Episode.Targets)} {Years(u.Episode.StartYear, u.Episode.EndYear)}{of}");
        }
        output.WriteLine();
        output.WriteLine($"recall (annotated episodes found as their own episode): {card.Recall}");
        output.WriteLine($"precision (imported episodes that are annotated interventions): {card.Precision}");
        output.WriteLine($"exact start and end years (of those found): {card.ExactYears}");
        output.WriteLine($"multi-source episodes listing every source: {card.MultiSource}");
        output.WriteLine($"must-find actors found: {card.Actors}");
        output.WriteLine($"duplicates: {card.Duplicates}");
        if (card.NonActors > 0) output.WriteLine($"listed as actors though they are not: {string.Join(", ", card.NonActorsListed)}");
        if (card.NonActorsApart.Count > 0) output.WriteLine($"listed apart as also mentioned (not counted): {string.Join(", ", card.NonActorsApart)}");
    }

    public static string ToJson(Scorecard card) => JsonSerializer.Serialize(new
    {
        scores = new { card.Recall, card.Precision, card.ExactYears, card.MultiSource, card.Actors, card.Duplicates, card.NonActors },
        nonActorsListed = card.NonActorsListed,
        nonActorsApart = card.NonActorsApart,
        episodes = card.Episodes.Select(e => new
        {
            e.Annotated.Id, e.Annotated.Targets, start = e.Annotated.Start, end = e.Annotated.EndYear,
            match = e.Match?.Slug, matchStart = e.Match?.StartYear, matchEnd = e.Match?.EndYear,
            e.ExactYears, e.MissingSources, e.FoundActors, e.MissingActors,
        }),
        unmatched = card.Unmatched.Select(u => new { u.Episode.Slug, u.Episode.Targets, start = u.Episode.StartYear, end = u.Episode.EndYear, u.Kind, u.DuplicateOf }),
    }, Json);

    private static string Years(int start, int end) => start == end ? $"{start}" : $"{start}-{end}";
}
