using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// Table rows that state no Soviet act though their act column's header names the Soviet side ("What the USSR did"): the row's
/// verdict cell says no, the act's own cell names another agent doing it ("US invasion", "CIA-backed coup", "Britain, France and
/// Israel invade"), or the act's clause is an agreement ("Pact signed"). A negated act is no claim in a row or in prose
/// (<see cref="ActGrammar.Denied"/>).
/// A row whose "Actor" column names no Soviet agent ("Actor: China") is that actor's row: a Soviet act its other cells mention is
/// part of another story, not a claim.
/// A verdict cell's label ("Soviet intervention?") is a question, and a claim only when its cell says yes; a yes keeps the row's claims.
/// </summary>
internal sealed partial class DeniedRowActs(ClaimRules rules, CountryFinder countries, IReadOnlySet<string> interveners)
{
    private readonly RowVerdicts verdicts = new(rules.Rows);
    private static readonly string[] ClauseBreaks = [", ", "; ", ": ", " — ", " – "];
    // Words before a country that make it a place, not an agent ("crush the rising in Hungary", "an airlift to Ethiopia").
    private static readonly HashSet<string> PlaceWords = new(["in", "into", "to", "on", "of", "for", "at", "over", "against", "from", "off", "near", "via", "across", "by"],
        StringComparer.OrdinalIgnoreCase);

    public RowVerdict Verdict(string passage) => verdicts.Of(passage);

    /// <summary>True when the index lies in a verdict cell's label ("Soviet intervention?").</summary>
    public bool InVerdictLabel(string sentence, int index) => verdicts.InVerdictLabel(sentence, index);

    // The last passage read and what it is, so a long passage is scanned once, not once per claim. A record, read once per call:
    // finders reading on several threads each see a whole one.
    private sealed record PassageRead(string Text, RowVerdict Verdict, bool IsRow, bool OthersRow);
    private PassageRead last = new("", RowVerdict.None, false, false);

    public bool Denies(string passage, string sentence, PhraseHit<string> agent, PhraseHit<(EpisodeKind Kind, ActRole Role)> act)
    {
        var read = last;
        if (!ReferenceEquals(passage, read.Text)) last = read = new(passage, verdicts.Of(passage), LabelledRows.IsRow(passage), ActorIsAnother(passage));
        if (read.Verdict == RowVerdict.Yes) return false;
        if (verdicts.InVerdictLabel(sentence, act.Index)) return true;
        if (!read.IsRow) return false;
        return read.OthersRow || ActOfAnother(sentence, agent, act)
            || act.Value.Role == ActRole.Intervention && InAgreement(sentence, act);
    }

    // The agent is the label's ("What the USSR did: US invasion"): another agent named in the act's own cell before it does the act.
    private bool ActOfAnother(string sentence, PhraseHit<string> agent, PhraseHit<(EpisodeKind Kind, ActRole Role)> act)
    {
        var cellStart = LabelledRows.AfterLabel(sentence, agent.End, act.Index);
        if (cellStart <= agent.End) return false;
        if (rules.Rows.OtherAgents.AnyIn(sentence[cellStart..act.Index])) return true;
        var soviet = rules.Agents.Find(sentence);
        return countries.Find(sentence).Any(m => m.Index >= cellStart && m.Index < act.Index
            && !interveners.Contains(m.CountrySlug) && !rules.AgentCountries.Contains(m.CountrySlug)
            && !soviet.Any(a => m.Index < a.End && a.Index < m.Index + m.Length)
            && !PlaceWords.Contains(WordBefore(sentence[cellStart..m.Index])));
    }

    private bool ActorIsAnother(string passage) =>
        LabelledRows.CellLabelled(passage, rules.Rows.ActorHeaders.Contains) is { Length: > 0 } actor && !rules.Agents.Find(actor).Any();

    // "Warsaw Pact signed", "treaty allowing troops to enter": an agreement word in the act's clause, outside a Soviet agent's name.
    private bool InAgreement(string sentence, PhraseHit<(EpisodeKind Kind, ActRole Role)> act)
    {
        var start = ClauseBreaks.Select(b => sentence.LastIndexOf(b, Math.Max(0, act.Index - 1), StringComparison.Ordinal) is var at and >= 0 ? at + b.Length : 0).Max();
        var end = ClauseBreaks.Select(b => sentence.IndexOf(b, act.End, StringComparison.Ordinal) is var at and >= 0 ? at : sentence.Length).Min();
        var agents = rules.Agents.Find(sentence);
        return rules.Rows.AgreementWords.Find(sentence[start..end])
            .Any(w => !agents.Any(a => start + w.Index < a.End && a.Index < start + w.End));
    }

    // The last word of the text that is no article ("no Soviet", "not the Soviet Union").
    private static string WordBefore(string text) => Words(text).LastOrDefault(w => !ActGrammar.Determiners.Contains(w)) ?? "";

    private static string[] Words(string text) => LettersOnly().Split(text).Where(w => w.Length > 0).ToArray();

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex LettersOnly();
}
