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

    /// <summary>The same intervention annotated twice: overlapping years and a shared target, a historical state and its
    /// successor counting as one (Manchukuo and China), as they do when episodes are matched.</summary>
    public bool SameAs(AnnotatedEpisode other, CountryKinship kinship) =>
        Start <= other.EndYear && other.Start <= EndYear && Targets.Any(t => other.Targets.Any(o => kinship.Same(t, o)));
}

/// <summary>A real intervention the documents mention in passing: an import may make it an episode or not, and is neither rewarded nor punished.</summary>
public sealed record AcceptableEpisode(IReadOnlyList<string> Targets, int Start, int? End, string? Notes = null)
{
    public int EndYear => End ?? Start;
}

/// <summary>A hand annotation of a corpus (format in docs/evaluation.md).</summary>
public sealed record Annotation(
    IReadOnlyList<AnnotatedEpisode> Episodes, IReadOnlyList<AcceptableEpisode>? Acceptable = null, string? Notes = null, IReadOnlyList<string>? NotActors = null)
{
    /// <summary>Names the documents mention that are no actors of any episode (historians cited for an opinion, authors).</summary>
    public IReadOnlyList<string> NonActors => NotActors ?? [];

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

    /// <summary>
    /// Several annotations scored as one corpus (the seeds and another folder imported together). An episode of a later file that
    /// shares a target (or its historical state or successor) and years with one of an earlier file is the same intervention:
    /// it adds its sources and actors to it.
    /// </summary>
    public static Annotation Combine(IEnumerable<Annotation> parts, CountryKinship kinship)
    {
        var episodes = new List<AnnotatedEpisode>();
        var acceptable = new List<AcceptableEpisode>();
        var nonActors = new List<string>();
        foreach (var part in parts)
        {
            var earlier = episodes.Count;
            foreach (var episode in part.Episodes)
            {
                var same = episodes.Take(earlier).Select((e, i) => (e, i)).FirstOrDefault(x => x.e.SameAs(episode, kinship));
                if (same.e is null) episodes.Add(episode);
                else episodes[same.i] = same.e with
                {
                    Sources = same.e.SourceFiles.Union(episode.SourceFiles).ToList(),
                    MustFindActors = same.e.Actors.Union(episode.Actors).ToList(),
                };
            }
            acceptable.AddRange(part.AcceptableEpisodes);
            nonActors.AddRange(part.NonActors);
        }
        var ids = episodes.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (ids is not null) throw new FormatException($"episode id \"{ids.Key}\" is used in two annotations.");
        return new Annotation(episodes, acceptable, NotActors: nonActors.Distinct().ToList());
    }
}
