namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>
/// Where an event falls against its episode's years: an event the sources date before the first year or after the last
/// (the pact that prepared an invasion, the withdrawal years later) is context, and the page says so rather than show it
/// as part of the episode.
/// </summary>
public static class EventTiming
{
    public const string Before = "before the episode";
    public const string After = "after the episode";

    /// <summary>"before the episode", "after the episode", or null for an event within the years (or an unreadable date).</summary>
    public static string? Outside(string isoDate, int startYear, int endYear)
    {
        if (isoDate.Length < 4 || !int.TryParse(isoDate.AsSpan(0, 4), out var year)) return null;
        return year < startYear ? Before : year > endYear ? After : null;
    }
}
