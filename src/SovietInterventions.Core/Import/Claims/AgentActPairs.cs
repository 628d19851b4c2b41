using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// Who does which act in a sentence: the Soviet agent that is the subject of an act in its clause ("Soviet troops occupied"),
/// the agent after a passive act ("was invaded by the Red Army") or after a noun act's "of" ("the deployment of Soviet
/// troops"), or "its forces" after the agent of the clause before; an act denied, quoted or owned by another has none.
/// </summary>
internal sealed class AgentActPairs(ClaimRules rules, CountryFinder countries, IReadOnlySet<string> interveners)
{
    private readonly ActGrammar grammar = new(rules, countries, interveners);
    private const int MaxAgentGap = 3;
    internal static readonly string[] PassiveVerbs = ["was", "were", "been", "being", "is", "are"];

    /// <summary>The agent and its act: the first act after an agent in the same clause, or an act followed by "by" and an agent.</summary>
    public (PhraseHit<string> Agent, PhraseHit<(EpisodeKind Kind, ActRole Role)> Act, bool Passive, bool Compound)? Pair(
        string sentence, IReadOnlyList<PhraseHit<string>> agents, IReadOnlyList<PhraseHit<(EpisodeKind Kind, ActRole Role)>> acts)
    {
        (PhraseHit<string>, PhraseHit<(EpisodeKind Kind, ActRole Role)>, bool, bool)? aside = null;
        PhraseHit<string>? backer = null; // the agent of a "with Soviet backing" aside
        foreach (var act in acts)
        {
            if (grammar.Negated(sentence, act.Index) || grammar.Intended(sentence, act.Index) || ActGrammar.Quoted(sentence, act)) continue;
            if (act.Value.Role != ActRole.Compound && grammar.OwnedByAnother(sentence, act.Index, agents)) continue;
            if (act.Value.Role == ActRole.Intervention && ActGrammar.OwnedByName(sentence, act.Index, agents)) continue;
            if (act.Value.Role == ActRole.End && grammar.StopsOthersForces(sentence, act.End)) continue;
            var after = sentence[act.End..].TrimStart();
            var marker = after.Split(' ', 3)[0];
            // "by placing missiles": by and a gerund says how, not who.
            if (after.Split(' ', 3) is [_, var next, ..] && next.EndsWith("ing", StringComparison.OrdinalIgnoreCase)) marker = "";
            // "invaded by the Red Army", "with the support of the Soviet Union": the agent comes after the act.
            if (rules.PassiveMarkers.Contains(marker) || EndsWithMarker(act.Text) || PassiveInto(sentence, act))
            {
                // "invaded by the Red Army", not "support from different sides of the Sino-Soviet split".
                var by = agents.FirstOrDefault(a => a.Index > act.End && a.Index - act.End <= marker.Length + 40
                    && sentence[act.End..a.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxAgentGap
                    && sentence[act.End..a.Index].All(c => char.IsLetter(c) || c == ' '));
                if (by is not null && !grammar.Denied(sentence, by, act, passive: true))
                {
                    // "Bliukher's troops, supported by the Amur Flotilla, struck at …": a participle set off by commas is an aside;
                    // the clause's own act, after it, says what was done.
                    if (InAside(sentence, act, by, agents)) aside ??= (by, act, true, false);
                    else return (by, act, true, false);
                }
                continue;
            }
            // "the deployment of Soviet air-defence troops to Egypt": the agent right after "of" does the noun act.
            if (marker.Equals("of", StringComparison.OrdinalIgnoreCase) && agents.FirstOrDefault(a => a.Index > act.End) is { } doer
                && sentence[act.End..doer.Index].Trim() is "of" or "of the" && !IsCompound(sentence[act.End..doer.Index]))
                return (doer, act, false, false);
            var subject = agents.LastOrDefault(a => a.End <= act.Index && !IsObject(sentence, a) && a != backer
                && (!Breaks(sentence, a.End, act.Index) || ActGrammar.InSubjectAside(sentence, a.Index, act.Index, rules.Forces)))
                ?? OwnForces(sentence, agents, act.Index) ?? ColumnRows.Agent(sentence, agents, act.Index);
            if (subject is null || grammar.Denied(sentence, subject, act, passive: false)) continue;
            if (act.Value.Role == ActRole.Compound)
            {
                if (!IsCompound(sentence[subject.End..act.Index])) continue;
                return (subject, act with { Value = (act.Value.Kind, ActRole.Intervention) }, false, true);
            }
            // "the Soviet Union was invaded": the agent suffers the act; "the Soviet air bridge was wound down", "Soviet troops
            // were deployed to Egypt": what the Soviet side ends or sends is the subject of its passive.
            // "Soviet divisions were crossing into Hungary" is no passive: "were" with an -ing form tells an act going on ("had been
            // arming" looks back from a later time, and stays out).
            var before = ActGrammar.LastWord(sentence[..act.Index]);
            if (PassiveVerbs.Contains(before, StringComparer.OrdinalIgnoreCase) && !(Progressive(act.Text) && !IsPerfect(before)) && !SovietPassive(subject, act)) continue;
            // "Ordzhonikidze, with Stalin's backing, engineered a rising …; the 11th Red Army entered Georgia": backing given "with" is
            // an aside to the clause's own act; the Soviet act after it, if any, says what was done.
            if (WithBacking(sentence, subject, act))
            {
                aside ??= (subject, act, false, false);
                backer ??= subject;
                continue;
            }
            return (subject, StatedOfNoun(sentence, subject, act, acts) ?? act, false, false);
        }
        return aside;
    }

    // "with Stalin's backing", "with Soviet support": the agent's noun act in a "with" phrase.
    // The agent of such an aside is no subject of a later act ("Vietnam, with Soviet backing, invaded Cambodia").
    private static bool WithBacking(string sentence, PhraseHit<string> subject, PhraseHit<(EpisodeKind Kind, ActRole Role)> act) =>
        subject.End <= act.Index && ActGrammar.LastWord(sentence[..subject.Index].TrimEnd()).Equals("with", StringComparison.OrdinalIgnoreCase)
        && sentence[subject.End..act.Index].Trim() is "" or "'s" or "’s";

    // The aside follows a Soviet subject or a force ("Bliukher's troops, supported by …,"); after a place ("Czechoslovakia, occupied by Soviet
    // forces in August, saw …") it is what was done there.
    private bool InAside(string sentence, PhraseHit<(EpisodeKind Kind, ActRole Role)> act, PhraseHit<string> by, IReadOnlyList<PhraseHit<string>> agents)
    {
        var before = sentence[..act.Index].TrimEnd();
        if (!before.EndsWith(',') || sentence.IndexOf(',', by.End) is not (var close and >= 0)
            || sentence[by.End..close].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxAgentGap) return false;
        var comma = before.Length - 1;
        return rules.Forces.AnyIn(ActGrammar.LastWord(before[..comma])) || agents.Any(a => a.End <= comma
            && sentence[a.End..comma].TrimStart('\'', '’', 's').Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= SubjectTail);
    }

    private const int SubjectTail = 1; // "Bliukher's troops": the agent and one word for its forces

    // "The Red Army stayed on; its last units left Mongolia in 1925": a clause whose subject is "its"/"their" forces goes on with the
    // agent of the clause before, when no other country is named in between to own them.
    private PhraseHit<string>? OwnForces(string sentence, IReadOnlyList<PhraseHit<string>> agents, int actIndex)
    {
        var start = grammar.ClauseStart(sentence, actIndex);
        var words = sentence[start..actIndex].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || !rules.OwnerWords.Contains(words[0]) || !rules.Forces.AnyIn(words[^1])) return null;
        var agent = agents.LastOrDefault(a => a.End <= start);
        return agent is null || countries.Find(sentence[agent.End..start]).Any(m => !interveners.Contains(m.CountrySlug)) ? null : agent;
    }

    // "Soviet missiles, bombers and troops were deployed to the island": the noun the agent qualifies is the subject of a passive act
    // later in its clause, and that act, not the noun, is what the sentence states.
    private PhraseHit<(EpisodeKind Kind, ActRole Role)>? StatedOfNoun(string sentence, PhraseHit<string> subject,
        PhraseHit<(EpisodeKind Kind, ActRole Role)> act, IReadOnlyList<PhraseHit<(EpisodeKind Kind, ActRole Role)>> acts)
    {
        if (!rules.AgentAdjectives.Contains(subject.Text) || sentence[subject.End..act.Index].Trim().Length > 0) return null;
        return acts.FirstOrDefault(a => a.Index > act.End && SovietPassive(subject, a) && a.Value.Role == ActRole.Intervention
            && PassiveVerbs.Contains(ActGrammar.LastWord(sentence[..a.Index]), StringComparer.OrdinalIgnoreCase)
            && !Breaks(sentence, act.End, a.Index) && !grammar.Negated(sentence, a.Index))
            ?? (acts.FirstOrDefault(a => a.Index > act.End && a.Value.Role == ActRole.End && EndsItself(sentence, act, a)
                && !Breaks(sentence, act.End, a.Index) && !grammar.Negated(sentence, a.Index)) is { } end
                ? end with { Value = (act.Value.Kind, ActRole.End) } : null);
    }

    // "The Soviet airlift wound down later in 1962", "Soviet aid to Hanoi ended in 1990": the noun act is what ends, a few words on,
    // with no object after the ending ("the Soviet invasion ended the Prague Spring" ends something else); the ending keeps the noun's kind.
    private static bool EndsItself(string sentence, PhraseHit<(EpisodeKind Kind, ActRole Role)> noun, PhraseHit<(EpisodeKind Kind, ActRole Role)> end)
    {
        if (sentence[noun.End..end.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > NounEndGap) return false;
        var next = sentence[end.End..].TrimStart().Split(' ', 2)[0].TrimEnd(',', '.', ';');
        return next.Length == 0 || char.IsLower(next[0]) && !ObjectOpeners.Contains(next, StringComparer.OrdinalIgnoreCase);
    }

    private const int NounEndGap = 3;
    private static readonly string[] ObjectOpeners = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"];

    private static bool IsPerfect(string auxiliary) => auxiliary.Equals("been", StringComparison.OrdinalIgnoreCase) || auxiliary.Equals("being", StringComparison.OrdinalIgnoreCase);

    private static bool Progressive(string act) =>
        act.Split(' ', 2)[0] is { Length: > 4 } verb && verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    private bool SovietPassive(PhraseHit<string> subject, PhraseHit<(EpisodeKind Kind, ActRole Role)> act) =>
        act.Value.Role == ActRole.End || act.Value.Kind == EpisodeKind.MilitaryAid && rules.AgentAdjectives.Contains(subject.Text);

    private bool Breaks(string sentence, int from, int to)
    {
        // "armies from four Warsaw Pact countries – the Soviet Union, Bulgaria, Poland and Hungary – invaded": an aside between dashes breaks nothing.
        var between = ActGrammar.WithoutAsides(sentence[LabelledRows.AfterLabel(sentence, from, to)..to]);
        return rules.ClauseBreaks.Any(b => between.Contains(b, StringComparison.OrdinalIgnoreCase))
            || grammar.OpeningClauseEnd(sentence) is var end && end >= from && end < to;
    }

    // "Zhou denounced the Soviet Union for its invasion": an agent right after a past-tense verb and "the" is its object.
    private static bool IsObject(string sentence, PhraseHit<string> agent)
    {
        var before = sentence[..agent.Index].TrimEnd();
        if (!before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) return false;
        var verb = ActGrammar.LastWord(before[..^4]);
        return verb.Length > 3 && verb.EndsWith("ed", StringComparison.Ordinal) && verb.All(char.IsLower);
    }

    // "Soviet–Afghan War": a dash, one word, a space.
    internal static bool IsCompound(string between) =>
        between.Length > 2 && between[0] is '–' or '-' or '—' && between.EndsWith(' ') && !between[1..^1].Contains(' ');

    // "Tuva was admitted into the USSR": after a passive verb, the agent follows "into" as it follows "to".
    private static bool PassiveInto(string sentence, PhraseHit<(EpisodeKind Kind, ActRole Role)> act) =>
        ActGrammar.LastWord(act.Text).Equals("into", StringComparison.OrdinalIgnoreCase) && !Progressive(act.Text)
        && PassiveVerbs.Contains(ActGrammar.LastWord(sentence[..act.Index]), StringComparer.OrdinalIgnoreCase);

    private bool EndsWithMarker(string act) =>
        act.Contains(' ') && (rules.AgentAfterEndings.Contains(ActGrammar.LastWord(act)) || rules.PassiveMarkers.Contains(ActGrammar.LastWord(act)));
}
