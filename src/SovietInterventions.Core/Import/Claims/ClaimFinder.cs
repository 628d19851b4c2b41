using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// Reads a passage sentence by sentence for intervention claims: a Soviet agent that does an act
/// ("Soviet troops occupied …", "… was invaded by the Red Army"), the countries it was done to, and the
/// date nearest the act (or the passage's last date before it). References, captions and headings make
/// no claims, and a date outside the period the encyclopedia covers dates nothing.
/// </summary>
internal sealed class ClaimFinder(ClaimRules rules, CountryFinder countries, DateFinder dates, IReadOnlySet<string> interveners)
{
    private readonly ActGrammar grammar = new(rules, countries, interveners);
    private readonly DefenceClaims defence = new(rules, countries, interveners);
    private readonly ClaimPlaces places = new(rules, new ActGrammar(rules, countries, interveners));
    private readonly DeniedRowActs rows = new(rules, countries, interveners);
    private const int NearbyPassages = 12;
    private const int MaxAgentGap = 3;
    internal static readonly string[] PassiveVerbs = ["was", "were", "been", "being", "is", "are"];

    /// <summary>The claims of one document; a sentence with no year takes the last year before it, back to a dated heading.</summary>
    public IEnumerable<Claim> Find(IReadOnlyList<PassageDraft> document)
    {
        int? contextYear = null;
        Documents.Heading? section = null, contextSection = null;
        Claim? previous = null;
        (DatePhrase Date, int Line)? before = null;
        foreach (var passage in document)
        {
            // A heading with its own years starts a new context; other headings continue the story.
            if (passage.Block.Section != section && passage.Block.Section is { } heading && dates.Find(heading.Text).Count > 0) contextYear = null;
            section = passage.Block.Section;
            if (passage.IsHeading || passage.Block.Kind == PassageKind.Caption || !IsNarrative(passage)) continue;
            if (rows.Verdict(passage.Text) == RowVerdict.No) continue;
            var sentences = ProseText.SplitSentences(passage.Text).Where(s => !IsReferenceLine(s)).ToList();
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                // "1956 | Soviet army crushes the uprising (24 Oct + 4 Nov)": a day with no year takes the year its own sentence writes first.
                var written = InPeriod(sentence, dates.Find(sentence)).FirstOrDefault()?.Start.Year;
                var found = InPeriod(sentence, dates.Find(sentence, written ?? contextYear));
                var claim = Read(passage, i, sentence, found, contextYear) ?? defence.Read(passage, i, sentence, found)
                    ?? AgentlessEnd(passage, i, sentence, found, previous);
                // "On 16 September 1941 he abdicated. The next day Soviet columns entered Tehran.": the sentence before in its
                // paragraph dates the act to the month or day.
                if (claim is { DatedInSentence: false } && before is { } day && day.Line == passage.Block.Line && day.Date.Start.Precision >= DatePrecision.Month)
                    claim = claim with { Date = day.Date.Start, DatedInSentence = true };
                before = found.Count > 0 ? (found[^1], passage.Block.Line) : null;
                if (claim is not null && !claim.DatedInSentence && section is not null && contextSection == section) claim = claim with { DatedInSection = true };
                if (found.Count > 0) (contextYear, contextSection) = (found[^1].Start.Year, section);
                if (claim is null) continue;
                // A claim naming no place is about the place of the claim before it in its paragraph; an ending
                // ("Stalin gave up and lifted it") may come a few paragraphs later.
                if (claim.Targets.Count == 0 && previous is not null && (claim.Role == ActRole.End ? EndsStoryOf(previous, passage) : previous.Passage == passage))
                    claim = claim with { Targets = previous.Targets };
                // Notes under a heading naming a country ("### Angola"), not a city ("Potsdam"): the heading names the place; a war
                // told there against another state ("## Manchuria, 1945": "the war against Japan") was fought in the heading's place.
                var enemies = grammar.NamesOnlyEnemies(sentence, claim.Targets);
                if ((claim.Targets.Count == 0 || enemies) && section is not null
                    && HeadingPlaces(section.Text, anyPlace: enemies) is { Count: > 0 } places && !places.Intersect(claim.Targets).Any())
                    claim = claim with { Targets = places.Count == 1 || enemies ? places : OwnPlace(sentence, places) };
                if (claim.Targets.Count > 0) previous = claim;
                yield return claim;
            }
        }
    }

    private List<DatePhrase> InPeriod(string sentence, IReadOnlyList<DatePhrase> found) =>
        found.Where(d => rules.InPeriod(d.Start.Year) && !Attributive(sentence, d)).ToList();

    // A war's place may be a region or a city ("## Manchuria, August 1945"); other notes need a country's name.
    private List<string> HeadingPlaces(string heading, bool anyPlace = false) => countries.Find(heading)
        .Where(m => (m.Form is MentionForm.Name or MentionForm.Alias || anyPlace && m.Form == MentionForm.Place) && !interveners.Contains(m.CountrySlug) && !rules.AgentCountries.Contains(m.CountrySlug))
        .Select(m => m.CountrySlug).Distinct().ToList();

    // A heading listing several countries ("Lecture 5: Laos, Angola, Cuba") names no one claim's place: a claim naming one of them
    // keeps the heading's ("Ethiopia vs Somalia"); else it is about the one other country its own sentence names ("So: Angola,
    // 1975 to 1976 for the intervention"), else about none.
    private List<string> OwnPlace(string sentence, List<string> headingPlaces)
    {
        var named = countries.Find(sentence)
            .Where(m => m.Form is MentionForm.Name or MentionForm.Alias && !interveners.Contains(m.CountrySlug) && !rules.AgentCountries.Contains(m.CountrySlug))
            .Select(m => m.CountrySlug).Distinct().ToList();
        return named.Intersect(headingPlaces).Any() ? headingPlaces : named is [var only] ? [only] : [];
    }

    // "withdrawal completed 15 Feb 1989" in notes: a dated ending naming no agent and no other place ends the claim before it in its section.
    private Claim? AgentlessEnd(PassageDraft passage, int index, string sentence, List<DatePhrase> found, Claim? previous)
    {
        if (previous is null || found.Count == 0 || !EndsStoryOf(previous, passage)) return null;
        var end = rules.Acts.Find(sentence).FirstOrDefault(a => a.Value.Role == ActRole.End);
        // An agent after the ending ("…, and the last commander of the 40th Army walked home") is not its subject.
        if (end is not null && rules.Agents.Find(sentence).Any(a => a.Index < end.End)) return null;
        // "after the Geneva Accords", "the bridge at Termez": a place in a name or on the Soviet side is no other place.
        if (end is null || countries.Find(sentence).Any(m => !previous.Targets.Contains(m.CountrySlug) && !interveners.Contains(m.CountrySlug)
            && !rules.AgentCountries.Contains(m.CountrySlug) && !ClaimPlaces.StartsName(sentence, m))) return null;
        var date = Nearest(found, end.Index)!;
        // "the withdrawal began in May 1988, and … on 15 February 1989": an ending that only began lasts to the last date after it.
        var began = sentence[end.End..].TrimStart().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries) is [var next, ..] && rules.BeginWords.Contains(next);
        var last = began ? found.Where(d => d.Index > end.Index).Select(d => d.End ?? d.Start).DefaultIfEmpty(date.Start).Max() : date.End;
        return new Claim(passage, index, sentence, previous.Agent, end.Text, end.Value.Kind, ActRole.End, previous.Targets, [], date.Start,
            last is { } l && l.CompareTo(date.Start) > 0 ? l : date.End, true, null);
    }

    // An ending a few paragraphs after a claim, under its heading or the heading above it (a callout or sub-heading told the act).
    private static bool EndsStoryOf(Claim previous, PassageDraft passage) =>
        passage.Position - previous.Passage.Position <= NearbyPassages
        && (previous.Passage.Block.Section == passage.Block.Section || passage.Block.Section is { } section && previous.Passage.Block.Headings.Contains(section));

    // "Sources: …", "Further reading: …" inside a paragraph list books, not events.
    private bool IsReferenceLine(string sentence)
    {
        var colon = sentence.IndexOf(':');
        return colon > 0 && rules.NonNarrativeSections.Contains(sentence[..colon].Trim());
    }

    // "violating the 1932 pact", "the Bay of Pigs Invasion of 1961", "the first Afghan Civil War (1989–1992)": a year naming
    // another event dates nothing here.
    private bool Attributive(string sentence, DatePhrase date)
    {
        var before = sentence[..date.Index].TrimEnd();
        return before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) || before.Equals("the", StringComparison.OrdinalIgnoreCase)
            || (before.EndsWith('(') && LastWord(before[..^1].TrimEnd()) is { Length: > 0 } named && rules.NameHeads.Contains(named))
            || before.EndsWith(" until", StringComparison.OrdinalIgnoreCase)
            || (before.EndsWith(" of", StringComparison.Ordinal) && before.Length > 3 && LastWord(before[..^3]) is { Length: > 0 } w && char.IsUpper(w[0]));
    }

    /// <summary>False under a "References" or "See also" heading (the document's own title may be "Notes").</summary>
    public bool IsNarrative(PassageDraft passage) =>
        !passage.Block.Headings.Skip(1).Any(h => rules.NonNarrativeSections.Contains(h.Text.Trim().TrimEnd(':')));

    private Claim? Read(PassageDraft passage, int index, string sentence, List<DatePhrase> found, int? contextYear)
    {
        var agents = rules.Agents.Find(sentence);
        if (agents.Count == 0) return null;
        var acts = rules.Acts.Find(sentence);
        if (NegatedActs.DeniesAny(sentence, acts, rules)) return null;
        var pair = Pair(sentence, agents, acts);
        if (pair is null) return null;
        var (agent, act, passive, compound) = pair.Value;
        if (rows.Denies(passage.Text, sentence, agent, act)) return null;

        var named = ActGrammar.ActorNames(passage, sentence);
        var mentions = countries.Find(sentence)
            .Where(m => !interveners.Contains(m.CountrySlug) && !rules.AgentCountries.Contains(m.CountrySlug) && !agents.Any(a => m.Index < a.End && a.Index < m.Index + m.Length))
            .Where(m => !named.Any(n => m.Index >= n.Start && m.Index < n.End))
            .Where(m => !AfterAgentMarker(sentence, m.Index))
            .ToList();
        // No place named: the claim is about its section's place, if the section names one (see EpisodeBuilder).
        var targets = places.Targets(sentence, mentions, agent, act, passive);
        // A table row ("1950-53 — Where: Korea; What the USSR did: approved …"): the place is the row's, in another cell; it also
        // outweighs a people the act's own cell names ("Where: Yemen; … airlift Egyptian troops").
        var rowPlace = LabelledRows.PlaceOf(sentence, act.Index, mentions);
        if (rowPlace.Count > 0 && targets.All(t => mentions.Where(m => m.CountrySlug == t).All(m => m.Form == MentionForm.Adjective))) targets = rowPlace;
        var participants = passive ? [] : places.Participants(sentence, mentions, act, targets);

        var date = Nearest(found, act.Index);
        var end = date is null ? null : act.Value.Role == ActRole.End
            ? DateRanges.EndOfBegun(sentence, act.Index, date.End ?? date.Start, found, rules) ?? DateRanges.EndOf(sentence, date, found, rules)
            : DateRanges.EndOf(sentence, date, found, rules);
        var aid = act.Value.Kind is EpisodeKind.MilitaryAid or EpisodeKind.InsurgencySupport;
        // Whose side: the words after the aid ("to the rebels"), else a receiver before it that is no government ("the armed wing of ZAPU
        // took advice from …"; a government named before the act is more often the one acting).
        // A side after "against" is the enemy ("advisers save the regime against … the Liberation Front").
        var side = aid ? rules.Sides.Find(sentence).FirstOrDefault(s => s.Index > act.Index && !(s.Index > act.End && Opposed(sentence[act.End..s.Index])))?.Value
            ?? rules.Sides.Find(sentence[..Math.Min(agent.Index, act.Index)]).LastOrDefault(s => s.Value != SovietSide.Government)?.Value : null;
        // Aid to rebels, or to a faction fighting inside a country ("the communists … pushed him out with the help of Soviet officers"),
        // backs one side against the state: insurgency support.
        var kind = act.Value.Kind == EpisodeKind.MilitaryAid && side is SovietSide.Opposition or SovietSide.Faction ? EpisodeKind.InsurgencySupport : act.Value.Kind;
        // "launch a coup with Soviet support": aid to a coup makes a coup ("missiles installed by the US" is no coup).
        if (aid && acts.Any(a => a.Value is (EpisodeKind.Coup, ActRole.Intervention) && !rules.PassiveMarkers.Contains(sentence[a.End..].TrimStart().Split(' ', 2)[0])))
            kind = EpisodeKind.Coup;
        return new Claim(passage, index, sentence, agent.Text, act.Text, kind, act.Value.Role, targets, participants,
            date?.Start ?? (contextYear is { } y ? new PartialDate(y) : null), end, date is not null, side)
        {
            Form = grammar.Form(sentence, agent, act, passive, compound),
            NamesTarget = targets.Count > 0,
            InRow = rowPlace.Count > 0,
            SendsForces = Deployments.SendsForces(sentence, agent, act, rules),
            Recipients = aid ? Recipients(sentence, mentions, act, passive, targets) : [],
        };
    }

    private bool Opposed(string between) => between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(rules.OpposedWords.Contains);

    // Aid went to the subject of "… was supported by the Soviet Union" or "Vietnam, with support from the USSR, …", else to its targets.
    private List<string> Recipients(string sentence, List<CountryMention> mentions, PhraseHit<(EpisodeKind, ActRole)> act, bool passive, List<string> targets)
    {
        if (!passive) return targets;
        var start = grammar.ClauseStart(sentence, act.Index);
        var subject = mentions.FirstOrDefault(m => m.Index >= start && m.Index < act.Index)
            ?? (start > 0 ? mentions.FirstOrDefault(m => m.Index < act.Index) : null);
        return subject is null ? targets : [subject.CountrySlug];
    }

    /// <summary>The agent and its act: the first act after an agent in the same clause, or an act followed by "by" and an agent.</summary>
    private (PhraseHit<string> Agent, PhraseHit<(EpisodeKind Kind, ActRole Role)> Act, bool Passive, bool Compound)? Pair(
        string sentence, IReadOnlyList<PhraseHit<string>> agents, IReadOnlyList<PhraseHit<(EpisodeKind Kind, ActRole Role)>> acts)
    {
        foreach (var act in acts)
        {
            if (grammar.Negated(sentence, act.Index) || ActGrammar.Quoted(sentence, act)) continue;
            if (act.Value.Role != ActRole.Compound && grammar.OwnedByAnother(sentence, act.Index, agents)) continue;
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
                if (by is not null && !grammar.Denied(sentence, by, act, passive: true)) return (by, act, true, false);
                continue;
            }
            // "the deployment of Soviet air-defence troops to Egypt": the agent right after "of" does the noun act.
            if (marker.Equals("of", StringComparison.OrdinalIgnoreCase) && agents.FirstOrDefault(a => a.Index > act.End) is { } doer
                && sentence[act.End..doer.Index].Trim() is "of" or "of the" && !IsCompound(sentence[act.End..doer.Index]))
                return (doer, act, false, false);
            var subject = agents.LastOrDefault(a => a.End <= act.Index && !IsObject(sentence, a)
                && (!Breaks(sentence, a.End, act.Index) || ActGrammar.InSubjectAside(sentence, a.Index, act.Index, rules.Forces)))
                ?? OwnForces(sentence, agents, act.Index);
            if (subject is null || grammar.Denied(sentence, subject, act, passive: false)) continue;
            if (act.Value.Role == ActRole.Compound)
            {
                if (!IsCompound(sentence[subject.End..act.Index])) continue;
                return (subject, act with { Value = (act.Value.Kind, ActRole.Intervention) }, false, true);
            }
            // "the Soviet Union was invaded": the agent suffers the act; "the Soviet air bridge was wound down", "Soviet troops
            // were deployed to Egypt": what the Soviet side ends or sends is the subject of its passive.
            if (PassiveVerbs.Contains(LastWord(sentence[..act.Index]), StringComparer.OrdinalIgnoreCase) && !SovietPassive(subject, act)) continue;
            return (subject, act, false, false);
        }
        return null;
    }

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

    private bool SovietPassive(PhraseHit<string> subject, PhraseHit<(EpisodeKind Kind, ActRole Role)> act) =>
        act.Value.Role == ActRole.End || act.Value.Kind == EpisodeKind.MilitaryAid && rules.AgentAdjectives.Contains(subject.Text);

    private static DatePhrase? Nearest(List<DatePhrase> found, int at) =>
        found.OrderBy(d => Math.Abs(d.Index - at)).ThenBy(d => d.Index).FirstOrDefault();

    private bool Breaks(string sentence, int from, int to)
    {
        // "armies from four Warsaw Pact countries – the Soviet Union, Bulgaria, Poland and Hungary – invaded": an aside between dashes breaks nothing.
        var between = ActGrammar.WithoutAsides(sentence[LabelledRows.AfterLabel(sentence, from, to)..to]);
        return rules.ClauseBreaks.Any(b => between.Contains(b, StringComparison.OrdinalIgnoreCase))
            || grammar.OpeningClauseEnd(sentence) is var end && end >= from && end < to;
    }

    // "handed over by Nazi Germany", "installed by the US", "via Finland": the country acts or is a route, not the target.
    private bool AfterAgentMarker(string sentence, int index)
    {
        var before = sentence[..index].TrimEnd();
        var word = LastWord(before);
        if ((word.Length > 0 && char.IsUpper(word[0]) || word.Equals("the", StringComparison.OrdinalIgnoreCase)) && before.Length > word.Length)
            word = LastWord(before[..^word.Length].TrimEnd());
        return rules.PassiveMarkers.Contains(word) || word.Equals("via", StringComparison.OrdinalIgnoreCase);
    }

    // "Zhou denounced the Soviet Union for its invasion": an agent right after a past-tense verb and "the" is its object.
    private static bool IsObject(string sentence, PhraseHit<string> agent)
    {
        var before = sentence[..agent.Index].TrimEnd();
        if (!before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) return false;
        var verb = LastWord(before[..^4]);
        return verb.Length > 3 && verb.EndsWith("ed", StringComparison.Ordinal) && verb.All(char.IsLower);
    }

    // "Soviet–Afghan War": a dash, one word, a space.
    internal static bool IsCompound(string between) =>
        between.Length > 2 && between[0] is '–' or '-' or '—' && between.EndsWith(' ') && !between[1..^1].Contains(' ');

    // "Tuva was admitted into the USSR": after a passive verb, the agent follows "into" as it follows "to".
    private static bool PassiveInto(string sentence, PhraseHit<(EpisodeKind Kind, ActRole Role)> act) =>
        LastWord(act.Text).Equals("into", StringComparison.OrdinalIgnoreCase)
        && PassiveVerbs.Contains(LastWord(sentence[..act.Index]), StringComparer.OrdinalIgnoreCase);

    private bool EndsWithMarker(string act) =>
        act.Contains(' ') && (rules.AgentAfterEndings.Contains(LastWord(act)) || rules.PassiveMarkers.Contains(LastWord(act)));

    private static string LastWord(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed[(trimmed.LastIndexOf(' ') + 1)..];
    }
}
