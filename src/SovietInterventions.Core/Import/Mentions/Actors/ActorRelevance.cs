using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Tells an actor who takes part in an episode from one named only in background or commentary, to be listed
/// apart as "also mentioned": a person dead before the episode began or a child at its end, an organization
/// not yet founded or already gone (curated years of data/actors.json); a leader named as leader in years far from the
/// episode's (curated head years); a mention whose words say it is
/// background (the role <see cref="ActorRoles.Mentioned"/>: "named after", "condemned"); or a mention in a
/// sentence dated, by the years written in it, well before the episode or long after it.
/// </summary>
internal sealed class ActorRelevance(Gazetteer gazetteer)
{
    /// <summary>Years before the start that still tell how the episode came about.</summary>
    public const int PreludeYears = 2;
    /// <summary>Years after the end that still tell its outcome (trials, executions, withdrawals).</summary>
    public const int AftermathYears = 5;
    /// <summary>Below this age a person is no actor of an episode.</summary>
    private const int AdultAge = 18;

    /// <summary>True when this mention, in a passage with these dates, is background to an episode of these years.</summary>
    public bool IsBackground(ActorMention mention, string passageText, IReadOnlyList<DatePhrase> passageDates, int firstYear, int lastYear) =>
        mention.Role == ActorRoles.Mentioned
        || OutsideItsYears(mention, firstYear, lastYear)
        || LeadsOutsideItsYears(mention, firstYear, lastYear)
        || ReactsOnly(mention, passageText)
        || SentenceDatedAway(mention, passageText, passageDates, firstYear, lastYear)
        || FoundsEarlierState(mention, passageText, firstYear)
        || GivenAsExample(mention, passageText);

    /// <summary>"students could question writers such as Goldstücker, Pavel Kohout and Jan Procházka": a person the text names only as
    /// an example of a kind of people, in a list after "such as", does nothing in the episode the sentence tells.</summary>
    private static bool GivenAsExample(ActorMention mention, string text)
    {
        if (mention.Role != ActorRoles.Involved || mention.Type != Model.ActorType.Person || mention.Index > text.Length) return false;
        var (start, _) = SentenceAround(text, mention.Index, Math.Min(text.Length, mention.Index + mention.Length));
        var suchAs = text.LastIndexOf("such as ", mention.Index, mention.Index - start, StringComparison.OrdinalIgnoreCase);
        if (suchAs < 0) return false;
        // Only other names between: capitalised words, commas and "and".
        return text[(suchAs + "such as ".Length)..mention.Index].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .All(w => w == "and" || char.IsUpper(w[0]));
    }

    /// <summary>True when every mention of an actor in an episode is background: the actor is only "also mentioned".</summary>
    public bool OnlyBackground(IEnumerable<(ActorMention Mention, string PassageText, IReadOnlyList<DatePhrase> PassageDates)> mentions, int firstYear, int lastYear) =>
        mentions.All(m => IsBackground(m.Mention, m.PassageText, m.PassageDates, firstYear, lastYear));

    private readonly List<string> foundingWords = [.. (gazetteer.Discovery.FoundingWords ?? []).Select(w => w.ToLowerInvariant())];
    /// <summary>The state founded starts at one of this many words after the founding word ("the", "the short-lived").</summary>
    private const int FoundedWithin = 3;

    /// <summary>"During the civil war, the Red Army created the Tuvan People's Republic": a sentence telling of the founding of a state whose
    /// curated years begin before the episode's prelude tells how that state came to be, not of the episode.</summary>
    private bool FoundsEarlierState(ActorMention mention, string text, int firstYear)
    {
        if (foundingWords.Count == 0 || mention.Index + mention.Length > text.Length)
            return false;
        var (start, end) = SentenceAround(text, mention.Index, mention.Index + mention.Length);
        var folded = FoldedText.Of(text[start..end]);
        var lower = folded.Value.ToLowerInvariant();
        foreach (var word in foundingWords)
            for (var at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                if (folded.StartsWord(at) && folded.EndsWord(at + word.Length) && StatesAfter(folded, at + word.Length).Any(s => FoundedBefore(s, firstYear - PreludeYears)))
                    return true;
        return false;
    }

    /// <summary>The states whose names start at one of the few words after a position.</summary>
    private IEnumerable<CountryEntry> StatesAfter(FoldedText folded, int from)
    {
        var words = 0;
        // The object right after the word: a date, bracket or comma ends it ("NATO founded 4 April 1949 (not a Soviet act)").
        for (var i = from; i < folded.Value.Length && words < FoundedWithin && (char.IsLetter(folded.Value[i]) || folded.Value[i] is ' ' or '\'' or '-'); i++)
        {
            if (!folded.StartsWord(i) || !char.IsLetter(folded.Value[i]))
                continue;
            words++;
            if (gazetteer.CountryNames.LongestAt(folded, i)?.Value is { CountrySlug: { } slug, Form: not Places.MentionForm.Place } && gazetteer.Country(slug) is { } state)
                yield return state;
        }
    }

    private static bool FoundedBefore(CountryEntry state, int year) =>
        state.Years?.From < year;

    private const int ReactionReach = 12;
    private readonly HashSet<string> reactionWords = [.. gazetteer.Discovery.ReactionWords];

    /// <summary>"Mao Zedong's China, for example, condemned both": the actor's clause only reacts to the episode.</summary>
    private bool ReactsOnly(ActorMention mention, string text)
    {
        if (mention.Role != ActorRoles.Involved)
            return false;
        var from = mention.Index + mention.Length;
        var after = text[from..Math.Min(text.Length, from + SentenceReach)].ToLowerInvariant();
        return Words.After(after, 0, after.Length).Take(ReactionReach).Any(reactionWords.Contains);
    }

    private static readonly HashSet<string> LeaderRoles = [ActorRoles.Leader, ActorRoles.SovietLeader, ActorRoles.OpposingLeader];

    /// <summary>"Ceaușescu, General Secretary of the party": named as the leader he was only in years far from the episode
    /// (curated head years), the mention tells of that time, not of the episode.</summary>
    public bool LeadsOutsideItsYears(ActorMention mention, int firstYear, int lastYear) =>
        LeaderRoles.Contains(mention.Role) && gazetteer.Actor(mention.ActorSlug)?.HeadYears is { } head
        && (head.To < firstYear - PreludeYears || head.From > lastYear + AftermathYears);

    /// <summary>"Rákosi was replaced by Imre Nagy following Stalin's death": a death (curated years) well before the episode dates the
    /// sentence that names it, and every name in it is background too.</summary>
    public bool DiedBeforeIt(ActorMention mention, string text, int firstYear)
    {
        var end = mention.Index + mention.Length;
        return end + 8 <= text.Length && text.AsSpan(end, 8) is var after && (after.SequenceEqual("'s death") || after.SequenceEqual("\u2019s death"))
            && gazetteer.Actor(mention.ActorSlug)?.Years?.To < firstYear - PreludeYears;
    }

    private bool OutsideItsYears(ActorMention mention, int firstYear, int lastYear)
    {
        if (gazetteer.Actor(mention.ActorSlug)?.Years is not { } years)
            return false;
        var adultFrom = years.From + (mention.Type == Model.ActorType.Person ? AdultAge : 0);
        return years.To < firstYear || adultFrom > lastYear;
    }

    /// <summary>The mention's sentence names only years (not ones that qualify a noun) outside the episode, with its prelude and
    /// aftermath, or opens with such a date ("In 2017, … said that the missiles of 1962 …"), which dates all it says.</summary>
    private static bool SentenceDatedAway(ActorMention mention, string text, IReadOnlyList<DatePhrase> dates, int firstYear, int lastYear)
    {
        var (start, end) = SentenceAround(text, mention.Index, mention.Index + mention.Length);
        var years = dates.Where(d => d.Index >= start && d.Index < end && !d.Attributive && !d.YearInferred).ToList();
        // "since 1945" runs on to the time of the sentence.
        bool Away(DatePhrase d) => !Since(text, d.Index) && ((d.End ?? d.Start).Year < firstYear - PreludeYears || d.Start.Year > lastYear + AftermathYears);
        var opening = years.FirstOrDefault(d => d.Index < mention.Index && Words.Of(text[start..d.Index]).Count <= OpeningWords);
        return years.Count > 0 && (years.All(Away) || (opening is not null && Away(opening)));
    }

    /// <summary>At most this many words ("In", "On", "By late") before a date that opens a sentence.</summary>
    private const int OpeningWords = 2;

    private static bool Since(string text, int index) =>
        index >= 6 && text.AsSpan(index - 6, 6).Equals("since ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The sentence around a span: from after the previous ". " (or "; ", "! ", "? ") to the next one,
    /// at most <see cref="SentenceReach"/> characters each way so that a text without full stops stays linear.</summary>
    public static (int Start, int End) SentenceAround(string text, int from, int to)
    {
        var start = from;
        while (start > 0 && from - start < SentenceReach && !EndsSentence(text, start - 1))
            start--;
        while (start < from && char.IsWhiteSpace(text[start]))
            start++;
        var end = to;
        while (end < text.Length && end - to < SentenceReach && !EndsSentence(text, end))
            end++;
        return (start, end);
    }

    private const int SentenceReach = 600;

    private static bool EndsSentence(string text, int i) =>
        text[i] is '.' or ';' or '!' or '?' or '\n' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));
}
