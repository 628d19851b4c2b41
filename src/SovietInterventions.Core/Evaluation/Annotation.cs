using System.Text.Json;

namespace SovietInterventions.Core.Evaluation;

/// <summary>A real intervention a careful reader found in the documents: its target countries, years, the documents that tell it, and the actors an import must name.</summary>
public sealed record AnnotatedEpisode(
    string Id, IReadOnlyList<string> Targets, int Start, int? End,
    IReadOnlyList<string>? Sources = null, IReadOnlyList<string>? MustFindActors = null, string? Notes = null)
{
    public int EndYear => End ?? Start;
    public IReadOnlyList<string> SourceFiles => Sources ?? [];
    public IReadOnlyList<string> Actors => MustFindActors ?? [];
}

/// <summary>A real intervention the documents mention in passing: an import may make it an episode or not, and is neither rewarded nor punished.</summary>
public sealed record AcceptableEpisode(IReadOnlyList<string> Targets, int Start, int? End, string? Notes = null)
{
    public int EndYear => End ?? Start;
}

/// <summary>A hand annotation of a corpus (format in docs/evaluation.md).</summary>
public sealed record Annotation(IReadOnlyList<AnnotatedEpisode> Episodes, IReadOnlyList<AcceptableEpisode>? Acceptable = null, string? Notes = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public IReadOnlyList<AcceptableEpisode> AcceptableEpisodes => Acceptable ?? [];

    public static Annotation Parse(string json, string name)
    {
        Annotation? annotation;
        try
        {
            annotation = JsonSerializer.Deserialize<Annotation>(json, Json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{name}: {e.Message}", e);
        }
        if (annotation?.Episodes is null) throw new FormatException($"{name}: no \"episodes\" array.");
        foreach (var episode in annotation.Episodes)
        {
            if (episode.Targets is not { Count: > 0 }) throw new FormatException($"{name}: episode \"{episode.Id}\" has no targets.");
            if (episode.EndYear < episode.Start) throw new FormatException($"{name}: episode \"{episode.Id}\" ends before it starts.");
        }
        var ids = annotation.Episodes.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (ids is not null) throw new FormatException($"{name}: episode id \"{ids.Key}\" is used twice.");
        return annotation;
    }

    public static Annotation Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Several annotations scored as one corpus (the seeds and another folder imported together).</summary>
    public static Annotation Combine(IEnumerable<Annotation> parts)
    {
        var list = parts.ToList();
        return new Annotation(list.SelectMany(a => a.Episodes).ToList(), list.SelectMany(a => a.AcceptableEpisodes).ToList());
    }
}
