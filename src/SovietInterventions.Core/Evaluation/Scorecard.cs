namespace SovietInterventions.Core.Evaluation;

/// <summary>How one annotated episode fared: the imported episode it was matched to, if any, and what that episode got right.</summary>
public sealed record EpisodeResult(
    AnnotatedEpisode Annotated, ImportedEpisode? Match, bool ExactYears,
    IReadOnlyList<string> MissingSources, IReadOnlyList<string> FoundActors, IReadOnlyList<string> MissingActors)
{
    public bool Found => Match is not null;
    public bool MultiSource => Annotated.SourceFiles.Count > 1;
    public bool SourcesComplete => Found && MissingSources.Count == 0;
}

/// <summary>What an imported episode no annotated episode claimed is: a duplicate of a matched one, an acceptable extra, or spurious.</summary>
public enum UnmatchedKind { Duplicate, Acceptable, Spurious }

public sealed record UnmatchedEpisode(ImportedEpisode Episode, UnmatchedKind Kind, string? DuplicateOf);

/// <summary>A fraction with its counts, so a report says "9 of 11" and not only 0.82.</summary>
public sealed record Ratio(int Hits, int Total)
{
    public double Value => Total == 0 ? 1 : (double)Hits / Total;
    public override string ToString() => $"{Hits}/{Total} = {Value:F2}";
}

/// <summary>The scores of one import against one annotation (definitions in docs/evaluation.md).</summary>
public sealed record Scorecard(IReadOnlyList<EpisodeResult> Episodes, IReadOnlyList<UnmatchedEpisode> Unmatched, IReadOnlyList<string> NonActorsListed)
{
    /// <summary>Annotated episodes found as their own imported episode.</summary>
    public Ratio Recall => new(Episodes.Count(e => e.Found), Episodes.Count);

    /// <summary>Imported episodes that are annotated interventions (matched or duplicates), among those that are not acceptable extras.</summary>
    public Ratio Precision
    {
        get
        {
            var real = Episodes.Count(e => e.Found) + Unmatched.Count(u => u.Kind == UnmatchedKind.Duplicate);
            return new(real, real + Unmatched.Count(u => u.Kind == UnmatchedKind.Spurious));
        }
    }

    /// <summary>Matched episodes whose first and last years are the annotation's.</summary>
    public Ratio ExactYears => new(Episodes.Count(e => e.Found && e.ExactYears), Episodes.Count(e => e.Found));

    /// <summary>Episodes several documents tell whose import lists every one of those documents.</summary>
    public Ratio MultiSource => new(Episodes.Count(e => e.MultiSource && e.SourcesComplete), Episodes.Count(e => e.MultiSource));

    /// <summary>Must-find actors named among their episode's actors, over every annotated episode (a missed episode finds none).</summary>
    public Ratio Actors => new(Episodes.Sum(e => e.FoundActors.Count), Episodes.Sum(e => e.Annotated.Actors.Count));

    public int Duplicates => Unmatched.Count(u => u.Kind == UnmatchedKind.Duplicate);

    /// <summary>Names the annotation says are no actors (historians cited for an opinion) that some imported episode lists as one.</summary>
    public int NonActors => NonActorsListed.Count;

    /// <summary>Names the annotation says are no actors that pages list only apart, as "also mentioned": reported, not counted.</summary>
    public IReadOnlyList<string> NonActorsApart { get; init; } = [];
}
