using System.Text;
using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>Cleans article prose: citation marks out, glued sentences apart, sentences split.</summary>
internal static partial class ProseText
{
    // Words after which a full stop does not end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "capt", "sgt", "adm", "gov", "pres", "rev", "prof",
        "sen", "rep", "maj", "brig", "cmdr", "amb", "sec", "fr", "messrs", "gens",
        "jr", "sr", "no", "vol", "sov", "pp", "p", "ca", "cf", "vs", "etc", "approx", "e.g", "i.e", "mt", "ft", "km", "mi",
    };

    /// <summary>The words of a text that a format wrapped or indented (a folded YAML value, an unfolded calendar line) on one line,
    /// one space apart.</summary>
    public static string Squash(string? text) =>
        string.Join(' ', (text ?? "").Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The first four-digit year (1000–2099) a text writes as a word of its own ("1956", "(1968)", "1979-12"), or null.</summary>
    public static string? FirstYear(string text) => YearWord().Match(text) is { Success: true } year ? year.Value : null;

    /// <summary>Removes citation marks such as [15], [F 8], ^{[4] [5]}, ^{who?]} and [citation needed].</summary>
    public static string RemoveCitations(string text)
    {
        text = SuperscriptCitation().Replace(text, "");
        text = NumberedCitation().Replace(text, "");
        text = EditorialMark().Replace(text, "");
        return SpaceBeforePunctuation().Replace(Spaces().Replace(text, " "), "$1$2").Trim();
    }

    /// <summary>Whether the text ends as a sentence does, with a full stop, an exclamation or a question mark.</summary>
    public static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?';

    /// <summary>
    /// Splits prose into sentences, including sentences glued together by scraping
    /// ("…1939.In the case…", "…August 1940.[15] Given…", "…1991[55] During…").
    /// </summary>
    public static IReadOnlyList<string> SplitSentences(string text)
    {
        var withBreaks = CitationBeforeCapital().Replace(text, "$1\n$2");
        withBreaks = NumberedCitation().Replace(withBreaks, "");
        withBreaks = SuperscriptCitation().Replace(withBreaks, "");
        withBreaks = EditorialMark().Replace(withBreaks, "");

        var sentences = new List<string>();
        foreach (var chunk in withBreaks.Split('\n'))
            SplitChunk(chunk, sentences);
        return sentences;
    }

    private static void SplitChunk(string chunk, List<string> sentences)
    {
        var current = new StringBuilder();
        for (var i = 0; i < chunk.Length; i++)
        {
            var c = chunk[i];
            current.Append(c);
            if (c is not ('.' or '!' or '?')) continue;

            var next = i + 1;
            while (next < chunk.Length && chunk[next] is '"' or '”' or '\'' or ')') current.Append(chunk[next++]);
            var glued = next + 1 < chunk.Length && char.IsUpper(chunk[next]) && char.IsLower(chunk[next + 1]);
            var spaced = next + 1 < chunk.Length && chunk[next] == ' ' && (char.IsUpper(chunk[next + 1]) || chunk[next + 1] is '"' or '“');
            i = next - 1;
            if (!(glued || spaced) || (c == '.' && IsAbbreviation(current))) continue;
            Add(current.ToString(), sentences);
            current.Clear();
        }
        Add(current.ToString(), sentences);
    }

    private static bool IsAbbreviation(StringBuilder sentence)
    {
        var end = sentence.Length - 1;
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(sentence[start - 1])) start--;
        var word = sentence.ToString(start, end - start).TrimStart('(', '"', '“');
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "Richard B. Frank"
        if (word.Contains('.') && word.Replace(".", "").All(char.IsUpper)) return true; // "U.S."
        return Abbreviations.Contains(word);
    }

    private static void Add(string sentence, List<string> sentences)
    {
        var trimmed = Spaces().Replace(sentence, " ").Trim();
        if (trimmed.Length > 0) sentences.Add(trimmed);
    }

    [GeneratedRegex(@"\^\{[^}\n]{0,200}\}")]
    private static partial Regex SuperscriptCitation();

    [GeneratedRegex(@"\[(\d{1,4}|[A-Za-z]{1,3} ?\d{1,4})\]")]
    private static partial Regex NumberedCitation();

    [GeneratedRegex(@"\[(citation needed|who\?|when\?|which\?|clarification needed|dubious[^\]]{0,40}|not in citation given)\]", RegexOptions.IgnoreCase)]
    private static partial Regex EditorialMark();

    // A citation mark followed by a capitalised word ends a sentence even without a full stop. The last mark of a run is
    // enough (the marks before it stay as they are), and keeps the pattern bounded: linear without the NonBacktracking engine.
    [GeneratedRegex(@"(\[(?:\d{1,4}|[A-Za-z]{1,3} ?\d{1,4})\]) ([A-Z])")]
    private static partial Regex CitationBeforeCapital();

    // A citation removed before punctuation leaves a space ("in 1945 [12]." → "in 1945 ."); ".303 rifles" keeps its space.
    [GeneratedRegex(@" ([.,;:])(\s|$)")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\b(1[0-9]{3}|20[0-9]{2})\b")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
