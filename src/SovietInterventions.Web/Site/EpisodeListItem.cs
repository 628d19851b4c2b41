using System.Linq.Expressions;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Site;

/// <summary>What a list of episodes shows of each: used by most pages through _EpisodeList.</summary>
public sealed record EpisodeListItem(string Slug, string Title, EpisodeKind Kind, string Start, string? End, int StartYear)
{
    public static readonly Expression<Func<Episode, EpisodeListItem>> FromEpisode =
        e => new EpisodeListItem(e.Slug, e.Title, e.Kind, e.Start, e.End, e.StartYear);

    /// <summary>Earliest first; Start is ISO text, so it sorts by date.</summary>
    public static IQueryable<Episode> InTimeOrder(IQueryable<Episode> episodes) =>
        episodes.OrderBy(e => e.StartYear).ThenBy(e => e.Start).ThenBy(e => e.Title);
}
