using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// Notes under a heading naming a country ("### Angola"), not a city ("Potsdam"), or under a dateline ("PRAGUE, 20–21 AUGUST 1968":
/// a place and a date, nothing else): the heading names the place of a claim that names none; a war told there against another
/// state ("## Manchuria, 1945": "the war against Japan") was fought in the heading's place.
/// </summary>
internal sealed partial class HeadingPlaces(ClaimRules rules, CountryFinder countries, IReadOnlySet<string> interveners)
{
    private readonly ActGrammar grammar = new(rules, countries, interveners);

    /// <summary>The claim with the places of the heading over it, when it names no place or only a war's enemy.</summary>
    /// <param name="around">The rest of the claim's paragraph, without its own sentence (read only for a war's enemy).</param>
    public Claim Place(Claim claim, string sentence, Heading? section, Func<string> around)
    {
        var enemies = grammar.NamesOnlyEnemies(sentence, claim.Targets);
        // "During the two years following the annexation, the Soviets arrested approximately 100,000 Polish citizens" under
        // "Romania and Soviet republics": an act on another country's people is about that country, whatever the heading names.
        if (claim.Targets.Count == 0 && section is not null && AnotherPeople(sentence, Of(section.Text))) return claim;
        if ((claim.Targets.Count == 0 || enemies) && section is not null
            && Of(section.Text, anyPlace: enemies) is { Count: > 0 } places && !places.Intersect(claim.Targets).Any())
            return claim with { Targets = (places.Count == 1 && NamesOneCountry(section.Text)) || NamesOneRegion(section.Text) || enemies ? places : OwnPlace(sentence, places) };
        if (claim.Targets.Count == 0 && section is not null && Of(section.Text).Count == 0 && TopicPlace(claim.Passage) is [var topic])
            return claim with { Targets = [topic] };
        if (claim.Targets.Count == 0 && LeadInPlace(claim.Passage.Text) is { } labelled && (section is null || Of(section.Text).Count == 0))
            return claim with { Targets = [labelled] };
        // "Second: KOREA. On 9 August 1945 the USSR entered the war against Japan. … pushed into north-east Korea": with no heading
        // to name it, the war's place is the one other country the sentences around it name ("after Germany's defeat" in its own
        // sentence dates the war, it does not place it).
        if (enemies && ParagraphPlace(around(), claim.Targets) is [var place]) return claim with { Targets = [place] };
        return claim;
    }

    // A country named by its adjective right before a word for its people ("Polish citizens"), not one of the heading's places.
    private bool AnotherPeople(string sentence, List<string> places) => countries.Find(sentence)
        .Any(m => m.Form == MentionForm.Adjective && IsActedOn(m) && !places.Contains(m.CountrySlug)
            && FirstWord(sentence.AsSpan(m.Index + m.Length)) is var next && rules.PeopleWords.Contains(next.ToString()));

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        text = text.TrimStart();
        var end = text.IndexOfAny(' ', ',', '.');
        return end < 0 ? text : text[..end];
    }

    /// <summary>True when the heading names a country that could be acted on ("## Czechoslovakia"; not "7. The Third World").</summary>
    public bool NamesPlace(Heading? section) => section is not null && Of(section.Text).Count > 0;

    // "Soviet advisers from China to Kabul": a heading that names a second country by a city or region names no one claim's place.
    private bool NamesOneCountry(string heading) => Named(heading, []).Select(m => m.CountrySlug).Concat(Dateline(heading)).Distinct().Count() == 1;

    // "## The Baltic states": one place over several states names them all, as one country's name does.
    private bool NamesOneRegion(string heading) => countries.Find(heading).Where(IsActedOn).Select(m => m.Index).Distinct().Count() == 1;

    // The country the text names by its name ("Korea"), else by any place in it ("Chongjin"); a city names its present state.
    private List<string> ParagraphPlace(string text, IReadOnlyList<string> enemies)
    {
        var named = Named(text, enemies);
        var byName = named.Where(m => m.Form is MentionForm.Name or MentionForm.Alias).Select(m => m.CountrySlug).Distinct().ToList();
        return byName.Count > 0 ? byName : named.Select(m => m.CountrySlug).Distinct().ToList();
    }

    // The places a text names that could be acted on: not the Soviet side's own, not an adjective ("Korean"), not one it excludes.
    private List<CountryMention> Named(string text, IReadOnlyList<string> excluded) =>
        countries.Find(text).Where(m => m.Form != MentionForm.Adjective && !excluded.Contains(m.CountrySlug) && IsActedOn(m)).ToList();

    private bool IsActedOn(CountryMention m) => !interveners.Contains(m.CountrySlug) && !rules.AgentCountries.Contains(m.CountrySlug);

    // "# Soviet forces in Laos and Angola" over "## The airlift, 1961" whose paragraph names Vientiane: a section heading naming no
    // country leaves the place to the headings above it, the nearest naming any; of their countries, the one the claim's own
    // paragraph names (by a city or region too). A paragraph naming none of them, or several, is about none.
    private List<string> TopicPlace(PassageDraft passage)
    {
        var topic = passage.Block.Headings.SkipLast(1).Reverse().Select(h => Of(h.Text)).FirstOrDefault(p => p.Count > 0);
        if (topic is null) return [];
        return countries.Find(passage.Text).Where(m => m.Form != MentionForm.Adjective && topic.Contains(m.CountrySlug)).Select(m => m.CountrySlug).Distinct().ToList();
    }

    // "Cuba 1962 – I'd count it. … ~42,000 Soviet troops shipped in secretly", "Syria, 1982–84. After the Israeli air force …": a
    // paragraph that opens with a country and a year set off by a dash, a colon or a full stop, as notes and answers label their
    // subject, is about that country as a heading's paragraphs are; so is one that opens with the country's name in capitals
    // ("KOREA, the secret one.").
    private string? LeadInPlace(string paragraph)
    {
        var opening = paragraph.TrimStart('*', '_', '#', ' ', '>', '-', '•');
        var start = paragraph.Length - opening.Length;
        // "KOREA, the secret one.": a country's name in capitals set off by punctuation labels the paragraph without a year too.
        if (CapitalsLabel().Match(opening) is { Success: true } label
            && countries.Find(System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(label.Groups[1].Value.ToLowerInvariant())) is [var named]
            && named.Index == 0 && named.Length == label.Groups[1].Length && named.Form is MentionForm.Name or MentionForm.Alias && IsActedOn(named))
            return named.CountrySlug;
        var first = countries.Find(paragraph).FirstOrDefault(m => m.Index == start);
        if (first is null || first.Form is not (MentionForm.Name or MentionForm.Alias) || !IsActedOn(first)) return null;
        return YearLabel().IsMatch(paragraph.AsSpan(first.Index + first.Length)) ? first.CountrySlug : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^([A-Z][A-Z'’ -]{2,40}?)[*_]*\s*[,:–—-]\s")]
    private static partial System.Text.RegularExpressions.Regex CapitalsLabel();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[*_]*,?\s*\(?(?:1[89]\d\d|20\d\d)(?:\s*[–-]\s*\d{2,4})?\)?[*_]*\s*(?:[–—:-]|\.(?=\s+\p{Lu}))\s")]
    private static partial System.Text.RegularExpressions.Regex YearLabel();

    /// <summary>The countries a heading names; a war's place may be a region or a city ("## Manchuria, August 1945"), other
    /// notes need a country's name, or a region's over several states ("## Baltic states: 1939 or 1940?"), or a dateline's
    /// place ("PANEL 4 — PRAGUE, 20–21 AUGUST 1968": a place and the date of what happened there, and nothing after).</summary>
    public List<string> Of(string heading, bool anyPlace = false)
    {
        var found = countries.Find(heading);
        var ofSeveral = found.Where(m => m.Form == MentionForm.Place).GroupBy(m => m.Index).Where(g => g.Select(m => m.CountrySlug).Distinct().Count() > 1)
            .SelectMany(g => g).ToHashSet();
        return found.Where(m => (m.Form is MentionForm.Name or MentionForm.Alias || ofSeveral.Contains(m) || anyPlace && m.Form == MentionForm.Place) && IsActedOn(m))
            .Select(m => m.CountrySlug).Concat(Dateline(heading)).Distinct().ToList();
    }

    // "PANEL 4 — PRAGUE, 20–21 AUGUST 1968": a dateline's place (words in capitals read as title-cased ones, at the same positions),
    // unless its state was divided that year ("BERLIN, 17 JUNE 1953" names neither German state).
    private IEnumerable<string> Dateline(string heading)
    {
        var titled = CapitalisedWord().Replace(heading, w => w.Value[0] + w.Value[1..].ToLowerInvariant());
        foreach (var place in countries.Find(titled.Length == heading.Length ? titled : heading))
            if (place.Form != MentionForm.Adjective && IsActedOn(place) && DatelineDate().Match(heading, place.Index + place.Length) is { Success: true } date
                && !countries.Divided(place.CountrySlug, int.Parse(date.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)))
                yield return place.CountrySlug;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\p{Lu}{2,}\b")]
    private static partial System.Text.RegularExpressions.Regex CapitalisedWord();

    // ", 20–21 AUGUST 1968", ", 23 October – 11 November 1956", ", early 1971", ", 1934 and 1937": only dates after the comma, to the
    // heading's end, or to the year a story was published in ("Chittagong, 1972-74 (2019)").
    [System.Text.RegularExpressions.GeneratedRegex(@"\G,\s*(?:(?:early|mid|late)\s+)?(?:[0-9]{1,2}\s*(?:[–-]\s*[0-9]{1,2}\s*)?)?(?:\p{L}{3,9}\.?\s*)?(?:[–-]\s*(?:[0-9]{1,2}\s*)?(?:\p{L}{3,9}\.?\s*)?)?(?<year>1[89][0-9]{2})(?:\s*(?:[–-]|and|&)\s*(?:1[89])?[0-9]{2})?(?:\s*\([0-9]{4}\))?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DatelineDate();

    // A heading listing several countries ("Lecture 5: Laos, Angola, Cuba") names no one claim's place: a claim naming one of them
    // keeps the heading's ("Ethiopia vs Somalia"); else it is about the one other country its own sentence names ("So: Angola,
    // 1975 to 1976 for the intervention"), else about none.
    private List<string> OwnPlace(string sentence, List<string> headingPlaces)
    {
        var named = countries.Find(sentence)
            .Where(m => m.Form is MentionForm.Name or MentionForm.Alias && IsActedOn(m))
            .Select(m => m.CountrySlug).Distinct().ToList();
        return named.Intersect(headingPlaces).Any() ? headingPlaces : named is [var only] ? [only] : [];
    }
}
