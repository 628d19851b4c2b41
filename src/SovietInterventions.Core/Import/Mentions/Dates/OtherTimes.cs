using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Dates;

/// <summary>
/// Dates that name the time of something a sentence mentions, not the sentence's own time: a year joined to "pre-" or
/// "post-" ("the pre-1940 governments"), a range in brackets after a noun ("the offensive (13 January – 25 April)"), and a
/// date right after a meeting's or a document's noun and "of", "in" or "on" ("the secret protocol of August 1939", "the
/// Yalta Conference in February 1945", but not "the 1939 pact in June 1940") or between "the" and such a noun ("the March 1940
/// Moscow Peace Treaty"), those nouns being the context-event words of data/episode-rules.json; and a time someone remembers, in the
/// clause after a verb of remembering (data/claim-rules.json recallWords: "looked back to the summer of 1968"). A verb's
/// date stays its sentence's ("the treaty was signed on 5 May", "they signed an agreement on 12 September").
/// </summary>
internal sealed class OtherTimes(PhraseList? things, Claims.PhraseMatcher<bool>? recalls = null)
{
    private static readonly string[] Links = ["of", "in", "on"];
    // "a speaker looked back to the summer of 1968": a remembered time a few words after the verb that remembers it.
    private const int RecallReach = 40;

    public bool Named(string sentence, DatePhrase phrase)
    {
        if (recalls is not null && Recalled(sentence, phrase.Index)) return true;
        var before = sentence.AsSpan(0, Math.Min(phrase.Index, sentence.Length)).TrimEnd();
        if (before.EndsWith("pre-", StringComparison.OrdinalIgnoreCase) || before.EndsWith("post-", StringComparison.OrdinalIgnoreCase))
            return true;
        var after = phrase.Index + phrase.Length;
        if (phrase.IsRange && before.EndsWith("(") && after < sentence.Length && sentence.AsSpan(after).TrimStart().StartsWith(")"))
            return true;
        if (things is not null && NamesAThing(before, sentence.AsSpan(Math.Min(after, sentence.Length)))) return true;
        var link = LastWord(before, out var rest).ToString();
        if (!Links.Any(l => link.Equals(l, StringComparison.OrdinalIgnoreCase))) return false;
        var noun = LastWord(rest, out rest).ToString();
        if (things is null || noun.EndsWith("ed", StringComparison.Ordinal) || !things.AnyIn(noun) || AfterVerb(rest)) return false;
        // "the 1939 pact in June 1940": a name that already carries its year leaves the date after it to the sentence.
        return link == "of" || !HasYear(rest);
    }

    private bool Recalled(string sentence, int dateIndex)
    {
        var from = Math.Max(0, dateIndex - RecallReach);
        var window = sentence[from..Math.Min(dateIndex, sentence.Length)];
        return recalls!.Find(window).Any(r => window.AsSpan(r.Index + r.Length).IndexOfAny(',', ';') < 0);
    }

    // "the March 1940 Moscow Peace Treaty": a date between "the" and a document's or meeting's noun a few words on is its name.
    private bool NamesAThing(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (!LastWord(before, out _).Equals("the", StringComparison.OrdinalIgnoreCase)) return false;
        var words = after.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Take(NameWords).TakeWhile(w => char.IsUpper(w[0]) || things!.AnyIn(w)).Any(w => things!.AnyIn(w.TrimEnd(',', '.', ';')));
    }

    private const int NameWords = 3;

    // "signed an agreement on 12 September": the date is the signing's, the sentence's own.
    private static bool AfterVerb(ReadOnlySpan<char> text)
    {
        var word = LastWord(text, out text);
        if (word is "a" or "an" or "the" or "its" or "their") word = LastWord(text, out _);
        return word.EndsWith("ed", StringComparison.Ordinal);
    }

    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var words = 0; words < 3 && text.Length > 0; words++)
        {
            var word = LastWord(text, out text);
            if (word.Length == 4 && int.TryParse(word, out _)) return true;
        }
        return false;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        var space = text.LastIndexOf(' ');
        rest = space < 0 ? [] : text[..space].TrimEnd();
        return text[(space + 1)..];
    }
}
