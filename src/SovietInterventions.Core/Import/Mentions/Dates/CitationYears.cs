using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>
/// The year of an author-year citation ("Garver (1988) stresses that …", "Benson (1990) and Wang (1999) both document …") is when a
/// work appeared, never a date of what the sentence tells. It is known by its shape: a capitalised name, the year alone in brackets,
/// and a verb of citing in the present tense after it (data/citation-words.json's presentVerbs); "Riga (1921) fixed the border" and
/// "Hungary (1956) also ended the thaw" tell their own past.
/// </summary>
internal sealed partial class CitationYears(IReadOnlyCollection<string> citingVerbs)
{
    private readonly HashSet<string> verbs = citingVerbs.Select(v => v.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Where the cited years of a text begin (their first digits), read once per text.</summary>
    public IReadOnlySet<int> In(string text) =>
        verbs.Count == 0 || !text.Contains('(') ? Empty : Citations(text).SelectMany(m => m.Groups["year"].Captures.Select(c => c.Index)).ToHashSet();

    private static readonly IReadOnlySet<int> Empty = new HashSet<int>();

    /// <summary>True when a sentence opens by citing a work ("Trotter (1991) stops in 1940 too"): it tells what a historian says.</summary>
    public bool Opens(string sentence) =>
        verbs.Count > 0 && sentence.Contains('(') && Citations(sentence).Any(c => sentence.AsSpan(0, c.Index).Count(' ') < CitingWords);

    // "Trotter (1991) …", "As Jones (2005) describes, …": the citation is the sentence's subject or its opening aside.
    private const int CitingWords = 2;

    // A verb alone ("stresses", "points out"), or its plural after two names or "both" ("both document").
    private IEnumerable<Match> Citations(string text) =>
        Citation().Matches(text).Where(m => IsCitingVerb(m.Groups["verb"].Value, m.Groups["particle"].Value,
            plural: m.Groups["both"].Success || m.Groups["year"].Captures.Count > 1));

    private bool IsCitingVerb(string verb, string particle, bool plural) =>
        verbs.Contains(verb) || particle.Length > 0 && verbs.Contains($"{verb} {particle}")
        || plural && (verbs.Contains(verb + "s") || particle.Length > 0 && verbs.Contains($"{verb}s {particle}"));

    // The name is bounded and must start a word, so that a run of hyphenated capitals is read once, not from each hyphen.
    [GeneratedRegex(@"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{1,40}\s\((?<year>\d{4})[a-z]?\)(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]{1,40}\s\((?<year>\d{4})[a-z]?\))?\s(?:(?<both>both|also|together)\s)?(?<verb>\p{Ll}{2,20})(?:\s(?<particle>\p{Ll}{2,5}))?")]
    private static partial Regex Citation();
}
