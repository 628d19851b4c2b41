using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>
/// The words of data/lead-words.json by which a sentence leans on one before it, beyond its first word: a connective
/// ("As well, …"), a reply ("… responded by invading"), "thereafter", a plan or idea named as known ("put the idea to …"),
/// a time counted from a moment not given ("An hour later …", "Within weeks …"). A connective set off by a comma
/// can be left out, as an editor shortens a quotation: "As well, since 1945, …" reads "[S]ince 1945, …"; so can one with its object
/// ("Apart from the pact, the USSR also occupied …" reads "[T]he USSR also occupied …").
/// </summary>
internal sealed partial class LeadWords
{
    private const string FileName = "lead-words.json";
    /// <summary>How far into a sentence a counted time still opens it ("Within two months", "The following day").</summary>
    private const int OpeningWords = 4;

    private static readonly Lazy<LeadWords> shipped = new(() => Load(Path.Combine(AppContext.BaseDirectory, "data")));

    private readonly List<string[]> backOpeners;
    private readonly List<string> placeOpeners;
    private readonly HashSet<string> placeQualifiers;
    private readonly List<string[]> connectives;
    private readonly List<string[]> objectConnectives;
    private readonly List<string> contrastClauses;
    private readonly List<string[]> pointBack;
    private readonly HashSet<string> aftermathHeadings;
    private readonly HashSet<string> pointBackResolvers, backNouns, nounQualifiers, determiners, timeUnits, timeBefore, timeAfter;

    private LeadWords(LeadWordsFile file)
    {
        backOpeners = Phrases(file.BackOpeners);
        placeOpeners = [.. (file.PlaceOpeners ?? []).Select(w => w.Trim() + " ")];
        placeQualifiers = Set(file.PlaceQualifiers);
        connectives = Phrases(file.Connectives);
        objectConnectives = Phrases(file.ObjectConnectives);
        contrastClauses = [.. (file.ContrastClauses ?? []).Select(w => $", {w.Trim()} ")];
        pointBack = Phrases(file.PointBack);
        pointBackResolvers = Set(file.PointBackResolvers);
        backNouns = Set(file.BackNouns);
        nounQualifiers = Set(file.NounQualifiers);
        determiners = Set(file.Determiners);
        timeUnits = Set(file.TimeUnits);
        timeBefore = Set(file.TimeBefore);
        timeAfter = Set(file.TimeAfter);
        aftermathHeadings = Set(file.AftermathHeadings);
    }

    /// <summary>The section path has a heading that tells what came after the episode ("Prague Spring › Aftermath › Normalization").</summary>
    public bool IsAftermath(string sectionPath) =>
        sectionPath.Split(" \u203a ").Any(heading => aftermathHeadings.Contains(heading.Trim()));

    /// <summary>The words shipped with the program (the data folder beside it), as <see cref="SovietActs"/> reads its rules.</summary>
    public static LeadWords Shipped => shipped.Value;

    public static LeadWords Load(string dataDirectory) =>
        DataFile.Load<LeadWordsFile, LeadWords>(dataDirectory, FileName, "lead words", LeadWordsJson.Default.LeadWordsFile, f => new LeadWords(f));

    /// <summary>The sentence without an opening connective set off by a comma, its new first letter in brackets; else as it is.</summary>
    public string Detached(string sentence)
    {
        var words = Words(sentence);
        // "Apart from the pact and the division of Germany, the USSR also occupied …": the connective and its object, to the comma.
        foreach (var connective in objectConnectives)
        {
            if (!Opens(words, 0, connective)) continue;
            var comma = sentence.IndexOf(',', words[connective.Length - 1].Index);
            if (comma < 0 || words.TakeWhile(w => w.Index < comma).Count() > ObjectWords) return sentence;
            return Bracketed(sentence[(comma + 1)..].TrimStart(), sentence);
        }
        foreach (var connective in connectives)
        {
            if (!Opens(words, 0, connective)) continue;
            var end = words[connective.Length - 1].Index + words[connective.Length - 1].Length;
            if (end >= sentence.Length || sentence[end] != ',') return sentence;
            return Bracketed(sentence[(end + 1)..].TrimStart(), sentence);
        }
        return sentence;
    }

    /// <summary>"The Soviet Union forbade the elections in the north, while the United States planned … as members of the commission":
    /// a trailing clause of contrast after the act, longer than all before it, in which the Soviet side does not act tells another side's story; the lead stops
    /// before it, marking the cut.</summary>
    public string WithoutOthersClause(string sentence, string act, Func<string, bool> namesSovietSide)
    {
        var acted = sentence.IndexOf(act, StringComparison.OrdinalIgnoreCase);
        if (acted < 0) return sentence;
        foreach (var marker in contrastClauses)
        {
            var at = sentence.IndexOf(marker, acted + act.Length, StringComparison.OrdinalIgnoreCase);
            // A short aside ("…, while Poland was still fighting Germany") is context the act needs; a clause longer than all before it is another story.
            if (at > 0 && sentence.Length - at > at && !namesSovietSide(sentence[at..])) return sentence[..at] + " …";
        }
        return sentence;
    }

    // The sentence's rest with its new first letter in brackets, as an editor marks a shortened quotation.
    private static string Bracketed(string rest, string sentence) =>
        rest.Length > 1 && char.IsLetter(rest[0]) ? TextCut.FromMidSentence(rest) : sentence;

    /// <summary>The longest opening a connective with its object ("Apart from the pact …,") may be, in words.</summary>
    private const int ObjectWords = 15;

    /// <summary>
    /// "The area was under German occupation until the Red Army reconquered it in 1944." after "Soviet forces occupied eastern Poland
    /// until 1941 …": the sentence with its opening place word replaced by the place the sentence before names, in brackets as an
    /// editor adds it ("[Eastern Poland] was under …"); null when it opens otherwise or the sentence before names no such place.
    /// </summary>
    /// <param name="place">Where the sentence before names the place, and how long the name is.</param>
    public string? WithPlaceNamed(string sentence, string before, (int Index, int Length)? place)
    {
        var opener = placeOpeners.FirstOrDefault(o => sentence.StartsWith(o, StringComparison.OrdinalIgnoreCase));
        if (opener is null || place is not { } at) return null;
        var name = before.Substring(at.Index, at.Length);
        var qualifier = before[..at.Index].TrimEnd().Split(' ')[^1];
        if (placeQualifiers.Contains(qualifier)) name = $"{qualifier} {name}";
        return $"[{char.ToUpperInvariant(name[0])}{name[1..]}] {sentence[opener.Length..]}";
    }

    /// <summary>The sentence, as a lead would show it (<see cref="Detached"/>), still leans on one before it.</summary>
    public bool PointsBack(string sentence)
    {
        // "[S]ince …": the bracket an editor adds is no word of the sentence.
        var shown = Detached(sentence).Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        var words = Words(shown);
        if (words.Count == 0) return false;
        if (connectives.Any(p => Opens(words, 0, p))) return true;
        // "The area was …" is one named before; "The region of Bessarabia …" says which.
        if (backOpeners.Any(p => Opens(words, 0, p) && !(p.Length < words.Count && nounQualifiers.Contains(words[p.Length].Value)))) return true;
        return CountedTime(words) || Replies(shown, words) || KnownPlan(shown, words);
    }

    // "An hour later", "The day before", "Within weeks", "The following morning": a time counted from a moment the sentence does not give.
    // "Four days later, on 30 November 1961, …" gives it: a year among the opening words.
    private bool CountedTime(List<Match> words)
    {
        if (words.Take(2 * OpeningWords).Any(w => w.Value.Length == 4 && int.TryParse(w.Value, out var year) && year is >= 1800 and < 2100)) return false;
        for (var i = 0; i < Math.Min(OpeningWords, words.Count); i++)
        {
            if (!IsTimeUnit(words[i].Value)) continue;
            if (i + 1 < words.Count && timeAfter.Contains(words[i + 1].Value)) return true;
            if (words.Take(i).Any(w => timeBefore.Contains(w.Value))) return true;
        }
        return false;
    }

    private bool IsTimeUnit(string word) => timeUnits.Contains(word) || word.EndsWith('s') && timeUnits.Contains(word[..^1]);

    // "The leadership responded by …", "The Politburo thereafter moved …": a reply to what the sentence does not say. "In response to
    // the strike" names it; "occupied it and thereafter annexed it" answers its own first clause.
    private bool Replies(string sentence, List<Match> words)
    {
        var clause = FirstClause(sentence, words);
        for (var i = 0; i < clause; i++)
            foreach (var phrase in pointBack)
            {
                if (!Opens(words, i, phrase)) continue;
                var next = i + phrase.Length;
                if (next < words.Count && pointBackResolvers.Contains(words[next].Value)) continue;
                if (i > 0 && words[i - 1].Value is "and" or "or" or "but" or "then") continue;
                return true;
            }
        return false;
    }

    // "put the idea to a small circle": the idea is one told before. "the plan to invade", "the request of the party" say which.
    private bool KnownPlan(string sentence, List<Match> words)
    {
        var clause = FirstClause(sentence, words);
        for (var i = 1; i < clause; i++)
        {
            if (words[i - 1].Value != "the" || !backNouns.Contains(words[i].Value)) continue;
            if (i + 1 >= words.Count) return true;
            var next = words[i + 1].Value;
            if (!nounQualifiers.Contains(next)) return true;
            // "to" says which plan before a verb ("the plan to invade"), not before whom it went to ("the idea to a circle").
            if (next == "to" && i + 2 < words.Count && determiners.Contains(words[i + 2].Value)) return true;
        }
        return false;
    }

    // How many words the first clause has: it ends at a semicolon or colon, or a comma before "and", "but" or "which".
    private static int FirstClause(string sentence, List<Match> words)
    {
        var end = ClauseEnd().Match(sentence) is { Success: true } m ? m.Index : sentence.Length;
        return words.Count(w => w.Index < end);
    }

    private static bool Opens(List<Match> words, int at, string[] phrase) =>
        at + phrase.Length <= words.Count && phrase.Select((w, k) => words[at + k].Value == w).All(same => same);

    private static List<Match> Words(string sentence) => [.. Word().Matches(sentence.ToLowerInvariant()).Cast<Match>()];

    private static List<string[]> Phrases(List<string>? phrases) =>
        [.. (phrases ?? []).Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0)];

    private static HashSet<string> Set(List<string>? words) => new(words ?? [], StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"[;:]|, (and|but|which) ")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    internal sealed record LeadWordsFile(
        List<string>? BackOpeners, List<string>? PlaceOpeners, List<string>? PlaceQualifiers, List<string>? Connectives, List<string>? ObjectConnectives, List<string>? ContrastClauses, List<string>? PointBack, List<string>? PointBackResolvers, List<string>? BackNouns,
        List<string>? NounQualifiers, List<string>? Determiners, List<string>? TimeUnits, List<string>? TimeBefore, List<string>? TimeAfter,
        List<string>? AftermathHeadings);

    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(LeadWordsFile))]
    internal sealed partial class LeadWordsJson : JsonSerializerContext;
}
