namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>
/// How the ISO dates of two timeline events relate, for the site's fold of an event told twice: one date may hold the
/// other ("August 1945" holds "9 August 1945"), or a sentence may write another event's date as well as its own
/// ("captured the city on 13 February 1945, by April 1945 the enemy was driven out" writes April 1945).
/// </summary>
public static class EventDates
{
    /// <summary>"1945-08" holds "1945-08-09", "1945" holds both; no date holds itself.</summary>
    public static bool Holds(string coarse, string precise) =>
        coarse.Length < precise.Length && precise.StartsWith(coarse, StringComparison.Ordinal) && precise[coarse.Length] == '-';

    /// <summary>Whether <paramref name="sentence"/> writes the month or day <paramref name="isoDate"/>, year included; a bare
    /// year is written by too many sentences to tell anything.</summary>
    public static bool Written(string sentence, string isoDate) => isoDate.Length > 4 && WrittenDates(sentence).Contains(isoDate);

    /// <summary>Every month or day <paramref name="sentence"/> writes, year included, as ISO dates (read once per sentence).</summary>
    public static IReadOnlySet<string> WrittenDates(string sentence) =>
        new DateFinder().Find(sentence).Where(p => !p.YearInferred)
            .SelectMany(p => new[] { p.Start.ToIso(), p.End?.ToIso() }).OfType<string>().Where(d => d.Length > 4).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="sentence"/> dates something to a year other than <paramref name="year"/>: a year that
    /// qualifies a noun ("Afghanistan's 1979 population") dates nothing, and a winter ("1936–37") runs into the next year.</summary>
    public static bool WritesOtherYear(string sentence, int year) =>
        new DateFinder().Find(sentence).Any(d => !d.Attributive && (d.Start.Year != year || (d.End?.Year ?? d.Start.Year) - d.Start.Year > 1));
}
