using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Extraction.Episodes;

/// <summary>
/// Reads a section heading that names an episode: a year or year range and at least one target
/// country or place ("1921–1924: Mongolia", "1956: Hungary", "Hungary (1956)"). Period headings
/// with no target ("1921–1940: Interwar period") are not episodes.
/// </summary>
public sealed record EpisodeHeading(PartialDate Start, PartialDate End, string Place, IReadOnlyList<string> Targets)
{
    private static readonly char[] Separators = [':', '–', '—', '-', '(', ')', ',', ' ', '.'];

    public static EpisodeHeading? TryRead(Heading heading, DateFinder dates, CountryFinder countries, IReadOnlySet<string> interveners)
    {
        var phrases = dates.Find(heading.Text);
        if (phrases.Count != 1) return null;
        var years = phrases[0];
        var place = (heading.Text[..years.Index] + " " + heading.Text[(years.Index + years.Length)..]).Trim(Separators);
        if (place.Length == 0) return null;

        var targets = countries.Find(place)
            .Where(m => m.Form != MentionForm.Adjective && !interveners.Contains(m.CountrySlug))
            .Select(m => m.CountrySlug).Distinct().ToList();
        if (targets.Count == 0) return null;

        // A heading dates an episode to the year: finer precision in a heading is kept as the year.
        var start = new PartialDate(years.Start.Year);
        var end = new PartialDate((years.End ?? years.Start).Year);
        return new EpisodeHeading(start, end, place, targets);
    }

    public string Years => Start.Year == End.Year ? $"{Start.Year}" : $"{Start.Year}–{End.Year}";
}
