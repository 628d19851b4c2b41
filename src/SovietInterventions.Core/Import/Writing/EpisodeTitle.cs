using System.Text.RegularExpressions;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// The title a syllabus can use: the sources' own name for the episode when they give one ("Winter War"), otherwise
/// the kind's title phrase from the kind vocabulary with the place and the years ("Soviet invasion of Hungary (1956)");
/// aid that went to a third state beside the target names it ("Soviet military aid to Vietnam in Cambodia (1978–1979)").
/// A heading that is not a place ("The Gilan adventure") or only a city ("Budapest": a syllabus says "invasion of Hungary")
/// gives way to the episode's countries; a list number ("III.") is dropped.
/// </summary>
public static partial class EpisodeTitle
{
    // Words a place name may hold in lower case ("Norway and Bornholm", "Isle of Man"); any other lower-case word makes it a name for an event.
    // A colon ends a place before its description; exclamation and question marks, brackets and quotation marks are a note's, not a name's.
    private static readonly System.Buffers.SearchValues<char> NotInNames = System.Buffers.SearchValues.Create(":!?()[]{}\"“”«»");

    private static readonly HashSet<string> PlaceLinkWords = new(StringComparer.Ordinal) { "and", "of", "the", "de", "del", "la", "le", "upon", "on" };

    public static string For(Episode episode, string place, KindVocabulary kinds, Func<string, bool>? isCity = null)
    {
        if (AsName(episode.CommonName) is { } name) return name;
        var recipients = episode.Countries.Where(c => c.Role == CountryRole.SupportedGovernment).Select(c => c.Country.Name).ToList();
        var targets = episode.Countries.Where(c => c.Role == CountryRole.Target).Select(c => c.Country.Name).ToList();
        return $"{Phrase(episode.Kind, place, targets, recipients, kinds, isCity)} ({Years(episode.StartYear, episode.EndYear)})";
    }

    public static string For(EpisodeKind kind, string place, int startYear, int endYear, string? commonName, KindVocabulary kinds)
    {
        if (AsName(commonName) is { } name) return name;
        return $"{Phrase(kind, place, [], [], kinds)} ({Years(startYear, endYear)})";
    }

    /// <summary>
    /// The kind's phrase for the place ("Soviet invasion of Hungary"): the heading's place, or the target countries when the heading
    /// names an event or only cities; aid beside a struck target names the state it went to.
    /// </summary>
    public static string Phrase(
        EpisodeKind kind, string place, IReadOnlyList<string> targets, IReadOnlyList<string> recipients, KindVocabulary kinds, Func<string, bool>? isCity = null)
    {
        var countries = CountriesNamed(targets, recipients);
        // Aid goes to a state: with no target and one government aided, the title names it, not the region the heading names ("Ogaden").
        var where = Places(targets.Count == 0 && recipients.Count == 1 ? recipients[0] : PlaceOf(place, countries, kinds[kind].TitlesCity ? null : isCity));
        if (recipients.Count > 0 && targets.Count > 0 && kinds[kind].RecipientTitle is { } form)
            return form.Replace(KindLook.RecipientSlot, Places(string.Join(", ", recipients)), StringComparison.Ordinal)
                .Replace(KindLook.PlaceSlot, where, StringComparison.Ordinal);
        return kinds[kind].Title.Replace(KindLook.PlaceSlot, where, StringComparison.Ordinal);
    }

    /// <summary>The countries a title names where its heading is no place: the targets, else the governments aided.</summary>
    public static IReadOnlyList<string> CountriesNamed(IReadOnlyList<string> targets, IReadOnlyList<string> recipients) =>
        targets.Count > 0 ? targets : recipients;

    /// <summary>
    /// The sources' name for an episode if it reads as a name ("Winter War", "Soviet–Afghan War"), else null: a heading's
    /// place with a description after a colon ("Ruritania: the spring invasion"), words in lower case, or a note's marks
    /// ("Manchuria, !! (\"August Storm\")") is no name.
    /// </summary>
    public static string? AsName(string? commonName)
    {
        if (string.IsNullOrWhiteSpace(commonName) || commonName.AsSpan().IndexOfAny(NotInNames) >= 0) return null;
        var name = commonName.Trim();
        return Words().Matches(name).Any(w => char.IsLower(w.Value[0]) && !PlaceLinkWords.Contains(w.Value)) ? null : name;
    }

    /// <summary>A heading's place without its list number ("III. Budapest" → "Budapest").</summary>
    public static string Unnumbered(string heading) => ListNumber().Replace(heading, "").Trim();

    /// <summary>
    /// The place a title names: the heading's, unless it names an event ("The Gilan adventure") or only cities ("Prague",
    /// told by <paramref name="isCity"/>), then the countries'. Regions stay ("Manchuria", "Bessarabia"): they are how historians name those episodes.
    /// </summary>
    public static string PlaceOf(string heading, IReadOnlyList<string> countries, Func<string, bool>? isCity = null)
    {
        var place = Unnumbered(heading);
        var namesEvent = Words().Matches(place).Any(w => char.IsLower(w.Value[0]) && !PlaceLinkWords.Contains(w.Value));
        var onlyCities = isCity is not null && PlaceParts().Split(place).Where(p => p.Length > 0).All(p => isCity(p.Trim()));
        return (namesEvent || onlyCities) && countries.Count > 0 ? string.Join(", ", countries) : place;
    }

    private static string Years(int startYear, int endYear) => startYear == endYear ? $"{startYear}" : $"{startYear}\u2013{endYear}";

    // "Estonia, Latvia, Lithuania" reads "Estonia, Latvia and Lithuania" in a sentence.
    private static string Places(string place)
    {
        var parts = place.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 || place.Contains(" and ", StringComparison.Ordinal)
            ? place.Trim()
            : $"{string.Join(", ", parts[..^1])} and {parts[^1]}";
    }

    [GeneratedRegex(@"^\s*(?:[IVXLC]+|\d{1,2})[.)]\s+")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@",|\band\b")]
    private static partial Regex PlaceParts();

    [GeneratedRegex(@"\p{L}[\p{L}'’]*")]
    private static partial Regex Words();
}
