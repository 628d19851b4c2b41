using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// Reads a section heading that names an episode: a year or year range and at least one target
/// country or place ("1921–1924: Mongolia", "1956: Hungary", "Hungary (1956)"). Period headings
/// with no target ("1921–1940: Interwar period") are not episodes.
/// </summary>
internal sealed record EpisodeHeading(PartialDate Start, PartialDate End, string Place, IReadOnlyList<string> Targets)
{
    /// <summary>The heading's own name for the episode ("Winter War"): what is left beside its countries and places.</summary>
    public string? Name { get; init; }

    /// <summary>"(winter 1933–34)": the years are one winter across the turn of a year, not a period of two years.</summary>
    public bool WinterAcrossYears { get; init; }

    /// <summary>"Afghanistan, December 1979": one year, to its month or day, names when a story began, not its whole period.</summary>
    public bool StartDate { get; init; }

    private static readonly char[] Separators = [':', '–', '—', '-', ',', ' ', '.'];

    /// <param name="isName">Whether words beside the places are a real name ("Berlin Blockade"), not a description ("The Gilan adventure").</param>
    public static EpisodeHeading? TryRead(Heading heading, DateFinder dates, CountryFinder countries, IReadOnlySet<string> interveners, Func<string, bool> isName)
    {
        var whole = WithoutShouting(heading.Text, countries);
        // "E. GERMANY 1953": a letter that opens a country's short name is no section marker.
        var text = countries.Find(whole).Any(m => m.Index == whole.Length - whole.TrimStart().Length) ? whole.Trim() : WithoutShouting(SectionMarker.Strip(heading.Text), countries);
        var phrases = dates.Find(text);
        if (phrases.Count != 1) return null;
        var years = phrases[0];
        var before = text[..years.Index].TrimEnd();
        var after = text[(years.Index + years.Length)..].TrimStart();
        // "Hungary (1956)": the brackets go with the years.
        if (before.EndsWith('(') && after.StartsWith(')')) (before, after) = (before[..^1], after[1..]);
        // "(winter 1933–34)", "the winter of 1939-40": a word before the years, inside the date phrase or right before it.
        var words = years.Text[..Math.Max(0, years.Text.AsSpan().IndexOfAnyInRange('0', '9'))].Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(LastWord(text[..years.Index]));
        var winter = years.End is { } last && last.Year == years.Start.Year + 1 && words.Any(w => w.Equals("winter", StringComparison.OrdinalIgnoreCase));
        // "Finland, 1939–1940 (Winter War)": a name in brackets after the years names the episode; the place is before them.
        // "Hungary, 1956 (and Suez)": one opening in lower case is an aside, neither place nor name.
        string? bracketed = null;
        if (after.Length > 2 && after[0] == '(' && after[^1] == ')' && after.IndexOf('(', 1) < 0)
        {
            if (char.IsLower(after[1])) after = "";
            else if (countries.Find(after).Count == 0) (bracketed, after) = (after[1..^1].Trim(), "");
        }
        var place = (before + " " + after).Trim(Separators);
        if (place.Length == 0) return null;

        // "Berlin, 17 June 1953": a city in a state divided in the heading's year names neither part.
        var found = countries.Find(place)
            .Where(m => !interveners.Contains(m.CountrySlug) && !(m.Form == MentionForm.Place && countries.Divided(m.CountrySlug, years.Start.Year))).ToList();
        // A country's name or place decides; an adjective only when nothing else does ("Hungarian Revolution of 1956").
        var named = found.Where(m => m.Form != MentionForm.Adjective).ToList();
        var targets = (named.Count > 0 ? named : found).Select(m => m.CountrySlug).Distinct().ToList();
        if (targets.Count == 0) return null;
        place = WithoutDanglingWord(place);
        var name = bracketed ?? NameBeside(place, found);
        // "Hungarian Revolution of 1956" names the event, not the place: the place (and so the slug) is the country,
        // the same as another source's "Hungary (1956)", so that adding that source changes no address.
        if (named.Count == 0) (place, name) = (string.Join(", ", targets.Select(countries.NameOf)), place);
        // "The Ili rebellion and the East Turkestan Republic", "Finland, the winter of": a description beside the places is no
        // address, the places are; a real name ("Berlin Blockade") stays.
        else if (OtherWords(place, named).Count > 0 && (bracketed is not null || !(name is not null && isName(name.Trim('(', ')', ' '))))) place = PlacesNamed(named);

        // A heading dates an episode to the year: finer precision in a heading is kept as the year.
        var start = new PartialDate(years.Start.Year);
        var end = new PartialDate((years.End ?? years.Start).Year);
        return new EpisodeHeading(start, end, place, targets)
        {
            Name = name, WinterAcrossYears = winter, StartDate = years.End is null && years.Start.Precision >= DatePrecision.Month,
        };
    }

    // "Hungarian Revolution" is a name; "Estonia, Latvia, Lithuania" or "Congo-Leopoldville" is only places.
    private static string? NameBeside(string place, List<CountryMention> found)
    {
        var places = found.Where(m => m.Form != MentionForm.Adjective).ToList();
        // "Winter War in Finland": the words before the place are the name.
        var first = places.Count > 0 ? places.Min(m => m.Index) : place.Length;
        var before = WithoutDanglingWord(place[..Math.Min(first, place.Length)]);
        if (first > 0 && before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0])) >= 2) return before;
        return OtherWords(place, places).Any(w => char.IsUpper(w[0])) ? place : null;
    }

    // The words beside the places, but for joiners and punctuation: "winter" in "Finland, the winter of".
    private static List<string> OtherWords(string place, List<CountryMention> places)
    {
        var rest = places.OrderByDescending(m => m.Index)
            .Aggregate(place, (text, m) => m.Index + m.Length <= text.Length ? text.Remove(m.Index, m.Length) : text);
        return rest.Split(Separators, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('(', ')'))
            .Where(w => w.Length > 0 && !DanglingWords.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
    }

    // One name for each country, in the heading's order: "Ili and East Turkestan Republic".
    private static string PlacesNamed(List<CountryMention> named)
    {
        var names = named.OrderBy(m => m.Index).GroupBy(m => m.CountrySlug).Select(g => g.First().Text.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    private static readonly string[] DanglingWords = ["of", "in", "on", "at", "from", "the", "and", "to"];

    // "Hungarian Revolution of" (from "Hungarian Revolution of 1956") reads as "Hungarian Revolution".
    private static string WithoutDanglingWord(string place)
    {
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && DanglingWords.Contains(words[^1], StringComparer.OrdinalIgnoreCase)) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words).Trim(Separators);
    }

    // "HUNGARY 1956 (the one …)" in revision notes: a heading in capitals before any brackets reads as the names it spells
    // ("Hungary"); a word of three letters or fewer ("GDR") stays an acronym, unless it is part of a longer name ("KHALKHIN GOL").
    private static string WithoutShouting(string text, CountryFinder countries)
    {
        var bracket = text.IndexOf('(');
        var main = bracket < 0 ? text : text[..bracket];
        if (main.Any(char.IsLower) || main.Count(char.IsLetter) < 4) return text;
        var acronymsKept = Unshouted(main, w => w.Count(char.IsLetter) > 3);
        var allWords = Unshouted(main, w => true);
        return (countries.Find(allWords).Count > countries.Find(acronymsKept).Count ? allWords : acronymsKept) + text[main.Length..];
    }

    private static string Unshouted(string text, Func<string, bool> lowered) =>
        string.Join(' ', text.Split(' ').Select(w => w.Length > 1 && lowered(w) ? w[..1] + w[1..].ToLowerInvariant() : w));

    // The last word, without "of" ("winter of 1939-40") or an opening bracket.
    private static string LastWord(string text)
    {
        var words = text.Split([' ', '('], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[^1].Equals("of", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(words.Count - 1);
        return words.Count > 0 ? words[^1] : "";
    }

    public string Years => Start.Year == End.Year ? $"{Start.Year}" : $"{Start.Year}–{End.Year}";
}
