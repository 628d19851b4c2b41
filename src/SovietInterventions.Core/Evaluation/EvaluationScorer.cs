using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Evaluation;

/// <summary>Scores an import against a hand annotation, one annotated episode to one imported episode.</summary>
public sealed class EvaluationScorer(CountryKinship kinship)
{
    private readonly EpisodeMatcher matcher = new(kinship);

    public Scorecard Score(Annotation annotation, IReadOnlyList<ImportedEpisode> imported)
    {
        var annotated = annotation.Episodes.OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var pairs = matcher.Match(annotated, imported);
        var results = annotated.Select((a, k) => Result(a, pairs[k] < 0 ? null : imported[pairs[k]])).ToList();

        var matched = pairs.Where(p => p >= 0).ToHashSet();
        var unmatched = imported.Where((_, i) => !matched.Contains(i)).Select(i => Unmatched(i, results, annotation)).ToList();
        // Someone the annotation says is no actor counts against the import where a page lists them as an actor; listed apart as
        // "also mentioned" they are reported, not counted (the entries issue allows background people there).
        var apart = imported.SelectMany(i => i.AlsoMentioned).Select(Fold).ToHashSet();
        var listed = imported.SelectMany(i => i.ActorNames.Except(i.AlsoMentioned)).Select(Fold).ToHashSet();
        bool In(HashSet<string> names, string annotated) => annotated.Split('|').Any(spelling => names.Contains(Fold(spelling)));
        var nonActors = annotation.NonActors.Where(n => In(listed, n)).ToList();
        return new Scorecard(results, unmatched, nonActors) { NonActorsApart = annotation.NonActors.Where(n => !In(listed, n) && In(apart, n)).ToList() };
    }

    private static EpisodeResult Result(AnnotatedEpisode annotated, ImportedEpisode? match)
    {
        if (match is null) return new EpisodeResult(annotated, null, false, annotated.SourceFiles, [], annotated.Actors);
        var names = match.ActorNames.Select(Fold).ToHashSet();
        var found = annotated.Actors.Where(a => a.Split('|').Any(spelling => names.Contains(Fold(spelling)))).ToList();
        return new EpisodeResult(annotated, match,
            match.StartYear == annotated.Start && match.EndYear == annotated.EndYear,
            annotated.SourceFiles.Where(s => !match.Sources.Contains(s, StringComparer.Ordinal)).ToList(),
            found, annotated.Actors.Except(found).ToList());
    }

    private UnmatchedEpisode Unmatched(ImportedEpisode episode, List<EpisodeResult> results, Annotation annotation)
    {
        var twin = results.FirstOrDefault(r => r.Found && matcher.Compatible(r.Annotated.Targets, r.Annotated.Start, r.Annotated.EndYear, episode));
        if (twin is not null) return new UnmatchedEpisode(episode, UnmatchedKind.Duplicate, twin.Annotated.Id);
        return annotation.AcceptableEpisodes.Any(a => matcher.Compatible(a.Targets, a.Start, a.EndYear, episode))
            ? new UnmatchedEpisode(episode, UnmatchedKind.Acceptable, null)
            : new UnmatchedEpisode(episode, UnmatchedKind.Spurious, null);
    }

    // Names compare without case, diacritics or extra spaces ("Dubcek" finds "Dubček"); "Issa Pliev|I. A. Pliev" accepts either spelling.
    private static string Fold(string name) => FoldedText.Of(name.Trim()).Value.ToLowerInvariant();
}
