using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Reference;

/// <summary>
/// The reviewed word lists in data/episode-rules.json: how an episode's kind is chosen, which
/// sentences describe an intervention, who took part, and which dated notes are context events.
/// </summary>
public sealed class EpisodeRules
{
    public required IReadOnlyList<KindRule> Kinds { get; init; }
    /// <summary>The kind of an episode whose passages contain none of the kinds' words.</summary>
    public required EpisodeKind DefaultKind { get; init; }
    public required PhraseList InterventionWords { get; init; }
    /// <summary>Those of the intervention words that name an act as a noun ("invasion", "coup"), not forces ("troops").</summary>
    public IReadOnlySet<string> ActNouns { get; init; } = new HashSet<string>();

    /// <summary>Whether a text states an act: an intervention word or one of the claim rules' acts.</summary>
    public bool StatesAnAct(string text)
    {
        if (InterventionWords.AnyIn(text)) return true;
        var acts = Claims.Acts.Find(text);
        if (acts.Count == 0) return false;
        // "Hitler gave the order to plan an assault on the Soviet Union": an act whose object is the Soviet side is no act of it.
        var agentsAt = Claims.Agents.Find(text).Select(a => a.Index).ToHashSet();
        return acts.Any(a => !agentsAt.Contains(ObjectIndex(text, a.End)));
    }

    // Where the act's object begins: the first word after it, past "the".
    private static int ObjectIndex(string text, int end)
    {
        var at = text.Length - text.AsSpan(end).TrimStart().Length;
        return text.AsSpan(at).StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? at + 4 : at;
    }

    public required PhraseList ParticipantWords { get; init; }
    public required PhraseList ContextEventWords { get; init; }
    /// <summary>Things a date can name the time of, not the sentence's: the context-event words and the timed things
    /// ("the March 1940 Moscow Peace Treaty", "the 9 September Party Congress", "per the 1979 census").</summary>
    public required PhraseList TimedThings { get; init; }
    public required IReadOnlySet<string> AgentWords { get; init; }
    /// <summary>Words that open a sentence on what it sets aside: "Apart from the Molotov–Ribbentrop Pact and post-war division of
    /// Germany, the USSR also occupied …" names Germany only to pass on to something else.</summary>
    public IReadOnlyList<string> AsideOpeners { get; init; } = [];
    /// <summary>The kinds' labels, title phrases and looks, from the same read of the file.</summary>
    public required KindVocabulary KindLooks { get; init; }
    /// <summary>Who the Soviet side is and what it does (data/claim-rules.json), loaded with these rules.</summary>
    public required Import.Claims.ClaimRules Claims { get; init; }

    /// <summary>A kind and the words that choose it; its label and looks are in <see cref="KindLooks"/>.</summary>
    public sealed record KindRule(EpisodeKind Kind, PhraseList Words);

    /// <summary>The rules of a data folder, with the gazetteer read from the same folder.</summary>
    public static EpisodeRules Load(string dataDirectory) => Load(dataDirectory, Gazetteer.Load(dataDirectory));

    /// <summary>The rules of a data folder; the claim rules take the Soviet side's curated actors from the gazetteer already loaded.</summary>
    internal static EpisodeRules Load(string dataDirectory, Gazetteer gazetteer) =>
        DataFile.Load<EpisodeRulesFile, EpisodeRules>(dataDirectory, EpisodeRulesFile.Name, "episode rules", EpisodeRulesJson.Default.EpisodeRulesFile, file =>
        {
            var kinds = file.Kinds.Select(k => new KindRule(
                Enum.Parse<EpisodeKind>(k.Kind), new PhraseList(k.Words))).ToList();
            var missing = Enum.GetValues<EpisodeKind>().Except(kinds.Select(k => k.Kind)).ToList();
            if (missing.Count > 0) throw new InvalidDataException($"no rule for kind(s) {string.Join(", ", missing)}.");
            return new EpisodeRules
            {
                Kinds = kinds,
                DefaultKind = Enum.Parse<EpisodeKind>(file.DefaultKind),
                InterventionWords = new PhraseList(file.InterventionWords),
                ActNouns = new HashSet<string>(file.ActNouns ?? [], StringComparer.OrdinalIgnoreCase),
                ParticipantWords = new PhraseList(file.ParticipantWords),
                ContextEventWords = new PhraseList(file.ContextEventWords),
                TimedThings = new PhraseList([.. file.ContextEventWords, .. file.TimedThings ?? []]),
                AgentWords = new HashSet<string>(file.AgentWords, StringComparer.OrdinalIgnoreCase),
                AsideOpeners = file.AsideOpeners ?? [],
                KindLooks = KindVocabulary.From(file.Kinds),
                Claims = Import.Claims.ClaimRules.Load(dataDirectory, gazetteer),
            };
        });
}

/// <summary>
/// Whole-word, case-insensitive phrase lookup in a text. The text is lower-cased once and searched ordinally: with invariant
/// globalization an ignore-case search is a plain loop, many times slower than the vectorized ordinal one.
/// </summary>
public sealed class PhraseList(IEnumerable<string> phrases)
{
    private readonly string[] phrases = phrases.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0).Distinct().ToArray();

    public bool AnyIn(string text)
    {
        var lower = text.ToLowerInvariant();
        return phrases.Any(p => Count(lower, p, firstOnly: true) > 0);
    }

    public int CountIn(string text)
    {
        var lower = text.ToLowerInvariant();
        return phrases.Sum(p => Count(lower, p, firstOnly: false));
    }

    /// <summary>Every whole-word occurrence of a listed phrase, in no particular order.</summary>
    public IEnumerable<(int Index, int Length)> Occurrences(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (var phrase in phrases)
            for (var at = lower.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
                if (IsWord(lower, at, phrase.Length))
                    yield return (at, phrase.Length);
    }

    /// <summary>Where the first listed phrase starts in the text, or the text's length when none occurs.</summary>
    public int FirstIndexIn(string text)
    {
        var first = text.Length;
        var lower = text.ToLowerInvariant();
        foreach (var phrase in phrases)
            for (var at = lower.IndexOf(phrase, StringComparison.Ordinal); at >= 0 && at < first;
                 at = lower.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
                if (IsWord(lower, at, phrase.Length)) { first = at; break; }
        return first;
    }

    private static bool IsWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length == text.Length || !char.IsLetter(text[at + length]));

    private static int Count(string text, string phrase, bool firstOnly)
    {
        var count = 0;
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var after = at + phrase.Length == text.Length || !char.IsLetter(text[at + phrase.Length]);
            if (!before || !after) continue;
            if (firstOnly) return 1;
            count++;
        }
        return count;
    }
}
