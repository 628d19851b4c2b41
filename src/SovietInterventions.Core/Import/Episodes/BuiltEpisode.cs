using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>Where one source puts an episode's years ("notes.md (heading "1956: Hungary")" gives "1956").</summary>
internal sealed record EpisodeDefinition(string Document, string Source, string Years);

/// <summary>The episode stage's result: its episodes, and the passages it made to quote a page's link labels (see <see cref="LinkedArticles"/>).</summary>
internal sealed record BuiltEpisodes(IReadOnlyList<BuiltEpisode> Episodes, IReadOnlyList<PassageDraft> LabelPassages);

/// <summary>
/// An episode as the episode stage hands it on: its place, targets, years, passages and the claims that make it.
/// Later stages only read it; the mutable <see cref="EpisodeDraft"/> never leaves <see cref="EpisodeBuilder"/>.
/// </summary>
internal sealed record BuiltEpisode(
    string Place,
    IReadOnlyList<string> Targets,
    PartialDate Start,
    PartialDate End,
    string? CommonName,
    IReadOnlyList<EpisodeDefinition> DefinedBy,
    IReadOnlyList<PassageDraft> Passages,
    IReadOnlyList<PassageDraft> SharedPassages,
    IReadOnlyList<Claim> Claims)
{
    public int StartYear => Start.Year;
    public int EndYear => End.Year;

    public bool Overlaps(int from, int to, int slack = 0) => from <= EndYear + slack && to >= StartYear - slack;

    public static BuiltEpisode From(EpisodeDraft draft, IReadOnlyList<Claim> claims) => new(
        draft.Place, [.. draft.Targets], draft.Start, draft.End, draft.CommonName,
        [.. draft.DefinedBy.Select(d => new EpisodeDefinition(d.Document, d.Source, d.Years))],
        [.. draft.Passages], [.. draft.SharedPassages], [.. claims]);
}
