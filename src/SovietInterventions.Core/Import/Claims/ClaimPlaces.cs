using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// The places a claim's act is done to (after an active act, before a passive one, listed together) and the countries whose
/// forces act beside the Soviet side.
/// </summary>
internal sealed partial class ClaimPlaces(ClaimRules rules, ActGrammar grammar)
{
    private const int MaxListGap = 30;
    private static readonly HashSet<string> RelativeWords = new(["who", "whom", "which", "that", "whose"], StringComparer.OrdinalIgnoreCase);

    public List<string> Targets(string sentence, List<CountryMention> mentions, PhraseHit<string> agent, PhraseHit<(EpisodeKind, ActRole)> act, bool passive)
    {
        List<CountryMention> chosen;
        if (passive)
        {
            var start = grammar.ClauseStart(sentence, act.Index);
            chosen = mentions.Where(m => m.Index >= start && m.Index < act.Index).ToList();
        }
        else
        {
            var end = grammar.ClauseEnd(sentence, act.End);
            // "installed Kapsukas, whose republic was merged … with Belorussia": the places after ", whose" are someone else's.
            if (sentence.IndexOf(", whose ", act.End, StringComparison.OrdinalIgnoreCase) is var whose and >= 0 && whose < end) end = whose;
            chosen = mentions.Where(m => m.Index >= act.End && m.Index < end && !InRemark(sentence, act.End, m.Index)).ToList();
            // "Berlin in June 1953, where Soviet tanks put down the rising …, and Prague in August 1968": the place a where-clause is
            // about is the verb's, before any named after a comma ("flew to Belgrade, where Soviet leaders discussed the intervention"
            // names a noun act, done elsewhere).
            if (!IsNounAct(sentence, agent, act.Index) && WherePlace(sentence, mentions, agent.Index) is [_] where && (chosen.Count == 0 || sentence[act.End..chosen[0].Index].Contains(',')))
                chosen = where;
            // "admitted Tuva as an autonomous region": the object stands in the gap of the act's phrase.
            if (chosen.Count == 0) chosen = mentions.Where(m => m.Index > act.Index && m.Index < act.End).ToList();
            if (chosen.Count == 0 && agent.End <= act.Index && AgentActPairs.IsCompound(sentence[agent.End..act.Index]))
                chosen = mentions.Where(m => m.Index >= agent.End && m.Index < act.Index).ToList();
            // "After Finland refused to cede land, the Red Army attacked": an act with no object is done to the country of the opening clause.
            if (chosen.Count == 0) chosen = OpeningClausePlace(sentence, mentions, agent.Index);
            // "Romania: Vyshinsky forces King Michael to appoint Groza": a note's line about a place names it first, as its label.
            if (chosen.Count == 0) chosen = LabelPlace(sentence, mentions, agent.Index);
            // "In Lithuania the Red Army … installed Kapsukas": a sentence that opens in a place is about what its verb does; "In
            // Washington the Soviet invasion was seen as a threat" names where it was seen.
            if (chosen.Count == 0 && act.Value.Item2 == ActRole.Intervention && !IsNounAct(sentence, agent, act.Index)) chosen = OpeningPlace(sentence, mentions, grammar.ClauseStart(sentence, agent.Index), agent.Index);
            // "the neutrality of Laos was agreed, and the Soviet air bridge was wound down": a passive ending naming no place after it ends the nearest before.
            if (chosen.Count == 0 && act.Value.Item2 == ActRole.End && AgentActPairs.PassiveVerbs.Contains(ActGrammar.LastWord(sentence[..act.Index]), StringComparer.OrdinalIgnoreCase))
                chosen = mentions.Where(m => m.Index >= grammar.ClauseStart(sentence, agent.Index) && m.Index < agent.Index && m.Form != MentionForm.Adjective).TakeLast(1).ToList();
        }
        // "invaded w/ Britain", "occupied Iran together with Britain", "a joint invasion with Britain": a country joined to a verb's act,
        // or to a joint one, by a partner word acts beside the Soviet side; "the war with Finland" names the enemy.
        if (!passive && (IsVerb(act.Text) || rules.JointWords.Contains(ActGrammar.LastWord(sentence[..act.Index]))))
            chosen = chosen.Where(m => !Partnered(sentence, act.End, m)).ToList();
        // "crossed the Amu Darya under Vitaly Primakov, who travelled as a Turkish officer": a people's adjective in a clause about a
        // person describes the person, not a place acted on.
        if (!passive) chosen = chosen.Where(m => m.Index < act.End || m.Form != MentionForm.Adjective || !AboutAPerson(sentence[act.End..m.Index])).ToList();
        // "crossed the frontier from Kazakhstan": where forces come from is no target (only an ending is "from" its place).
        if (act.Value.Item2 != ActRole.End) chosen = chosen.Where(m => !AfterFrom(sentence, m)).ToList();
        // "the Red Army crossed the border on 15 June, President Smetona fled to Germany": where someone fled is no place acted on.
        chosen = chosen.Where(m => !rules.RefugeWords.Any(w => ActGrammar.EndsWithWord(sentence[..m.Index].TrimEnd(), w))).ToList();
        // Aid goes somewhere: "supplied Vietnam", "missiles in Cuba", "aid to the government of Nigeria", not "the US's lead".
        // A place found before the act's end (in its phrase, or its opening clause) was chosen for that reason.
        if (!passive && act.Value.Item1 is EpisodeKind.MilitaryAid)
        {
            chosen = chosen.Where(m => m.Index < act.End || IsDestination(act.Text, sentence[act.End..m.Index])).ToList();
            if (chosen.Count == 0) chosen = ArrivedAfterColon(sentence, mentions, act.End);
        }
        // "the German 163rd Infantry Division", "Finnish troops": a country's forces are not the place acted on.
        // Aid to a country's forces ("trained the Angolan army") is aid to that country.
        if (passive || act.Value.Item1 is not EpisodeKind.MilitaryAid)
            chosen = chosen.Where(m => m.Form != MentionForm.Adjective || !NamesForces(sentence, m)).ToList();
        // "who had taken refuge in the Yugoslav Embassy, was seized by Soviet officers": a state's embassy is in another's capital.
        chosen = chosen.Where(m => m.Form != MentionForm.Adjective || !rules.MissionWords.Contains(NextWord(sentence, m.Index + m.Length))).ToList();
        var named = chosen.Where(m => m.Form != MentionForm.Adjective).ToList();
        // "with Pliev's Soviet–Mongolian cavalry group": a people joined to the Soviet side by a dash names a joint body, not a place acted on.
        if (named.Count == 0) chosen = chosen.Where(m => !JoinedToSovietSide(sentence, m)).ToList();
        var targets = Listed(sentence, named.Count > 0 ? named : chosen).Select(m => m.CountrySlug).Distinct().ToList();
        return targets.Count > 0 || passive || act.Value.Item2 != ActRole.Intervention ? targets : PlaceOfVerbBefore(sentence, mentions, agent, act);
    }

    // "invaded", and in notes "invades" ("advisers with" too): a verb, where a singular noun's "with" ("the war with Finland",
    // "intervention with") names the other side.
    // "the intervention", "Soviet invasion": an act named as a noun, after an article or its agent's adjective.
    private bool IsNounAct(string sentence, PhraseHit<string> agent, int actIndex) =>
        agent.End == actIndex - 1 && rules.AgentAdjectives.Contains(agent.Text) || ActGrammar.Determiners.Contains(ActGrammar.LastWord(sentence[..actIndex]));

    private bool JoinedToSovietSide(string sentence, CountryMention mention) =>
        mention.Index > 1 && sentence[mention.Index - 1] is '-' or '–' && rules.AgentAdjectives.Contains(ActGrammar.LastWord(sentence[..(mention.Index - 1)]));

    private static bool IsVerb(string act) => act.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || act.EndsWith('s');

    // The partner word stands right after the act ("invaded w/ Britain"), or, when it is a phrase, after the act's object too
    // ("invaded Iran jointly with Britain"); "intervened in the war with Finland" is no partnership.
    private bool Partnered(string sentence, int actEnd, CountryMention mention)
    {
        if (mention.Index < actEnd) return false;
        var before = sentence[actEnd..mention.Index].Trim();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4].TrimEnd();
        return rules.PartnerWords.Any(w => before.Equals(w, StringComparison.OrdinalIgnoreCase)
            || w.Contains(' ', StringComparison.Ordinal) && before.EndsWith(" " + w, StringComparison.OrdinalIgnoreCase));
    }

    // "launched an air- and sealift of unprecedented scale: aircraft shuttled through Aden, … weapons had reached Ethiopia": an aid act
    // whose own clause ends at a colon is about where the elaboration says the aid arrived.
    private List<CountryMention> ArrivedAfterColon(string sentence, List<CountryMention> mentions, int actEnd)
    {
        var end = grammar.ClauseEnd(sentence, actEnd);
        if (end >= sentence.Length || sentence[end] != ':') return [];
        var next = sentence.IndexOf(';', end);
        return mentions.Where(m => m.Index > end && (next < 0 || m.Index < next) && m.Form != MentionForm.Adjective
                && rules.ArrivalWords.Any(w => sentence[end..m.Index].TrimEnd().EndsWith(" " + w, StringComparison.OrdinalIgnoreCase)))
            .Take(1).ToList();
    }

    // "The flotilla appeared off Enzeli, shelled the positions": an act naming no place goes on where its subject's verb right
    // before it, joined by a comma or "and" (a date may stand between), was. Aid sent "directly and through Cuba and Bulgaria, supplied …" went through them.
    private List<string> PlaceOfVerbBefore(string sentence, List<CountryMention> mentions, PhraseHit<string> agent, PhraseHit<(EpisodeKind Kind, ActRole)> act)
    {
        var place = mentions.LastOrDefault(m => m.Index >= agent.End && m.Index + m.Length <= act.Index && m.Form != MentionForm.Adjective);
        if (place is null || AfterFrom(sentence, place)) return [];
        if (act.Value.Kind == EpisodeKind.MilitaryAid && ListedAfter(sentence, place, w => rules.RouteWords.Contains(w) || rules.CrossingWords.Contains(w))) return [];
        return JoinedVerbs().IsMatch(sentence[(place.Index + place.Length)..act.Index].Trim()) ? [place.CountrySlug] : [];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}+")]
    private static partial System.Text.RegularExpressions.Regex Word();

    // ", and", or a date between ("took Urga on 6 July 1921 and captured Baron Ungern").
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:on|in|by)\s+[\p{L}\d ]{0,20}\d{3,4}\s*)?(?:,|and|, and)$")]
    private static partial System.Text.RegularExpressions.Regex JoinedVerbs();

    // "Estonia, Latvia, and Lithuania": the first place named and those listed right after it, not one named later on.
    private static IEnumerable<CountryMention> Listed(string sentence, List<CountryMention> chosen)
    {
        for (var i = 0; i < chosen.Count; i++)
        {
            if (i > 0)
            {
                var gap = sentence[Math.Min(chosen[i].Index, chosen[i - 1].Index + chosen[i - 1].Length)..chosen[i].Index];
                if (gap.Length > MaxListGap || gap.Any(char.IsDigit)) yield break;
            }
            yield return chosen[i];
        }
    }

    // Countries whose forces act with the Soviets: named before the act, in a subject that speaks of troops.
    public List<string> Participants(string sentence, List<CountryMention> mentions, PhraseHit<(EpisodeKind, ActRole)> act, List<string> targets)
    {
        var start = grammar.ClauseStart(sentence, act.Index);
        var subject = sentence[start..act.Index];
        if (!rules.Forces.AnyIn(subject)) return [];
        // "the West German ambassador, who had heard that Soviet troops had arrived": a relative or reported clause between is no subject.
        // "the ultimatum to Lithuania …, the Red Army pouring in": a place something is directed at is no partner in the act, nor is
        // one the act is done in ("In Lithuania the Red Army took Vilnius").
        return mentions.Where(m => m.Index >= start && m.Index < act.Index && !targets.Contains(m.CountrySlug) && (m.Form == MentionForm.Adjective || !StartsName(sentence, m))
                && !DirectedAt(sentence, m) && !ListedAfter(sentence, m, w => w.Equals("in", StringComparison.OrdinalIgnoreCase))
                && !sentence[m.Index..act.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => RelativeWords.Contains(w.Trim(',', '.'))))
            .Select(m => m.CountrySlug).Distinct().ToList();
    }

    private static bool AboutAPerson(string between) =>
        PersonRelatives.Any(r => between.Contains(r, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] PersonRelatives = [", who ", ", whom ", ", whose "];

    private static readonly HashSet<string> DirectionWords = new(["to", "into", "against", "toward", "towards"], StringComparer.OrdinalIgnoreCase);

    // "to Lithuania", "to Latvia and Estonia".
    private static bool DirectedAt(string sentence, CountryMention mention) => ListedAfter(sentence, mention, DirectionWords.Contains);

    // "… After Finland refused …, the Red Army": a subordinate clause whose subject is a country, ending with a comma right before the agent.
    private List<CountryMention> OpeningClausePlace(string sentence, List<CountryMention> mentions, int agentIndex)
    {
        var comma = agentIndex > 0 ? sentence.LastIndexOf(',', agentIndex - 1) : -1;
        if (comma < 0 || sentence[(comma + 1)..agentIndex].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1) return [];
        var opener = Word().Matches(sentence[..comma]).LastOrDefault(w => rules.Subordinators.Contains(w.Value));
        // The country is the subject right after the opener ("After Finland refused"), not a place inside its clause ("As agreed at the Tehran Conference").
        // "After the Geneva Accords were signed": a place inside a name is no subject.
        return opener is null ? [] : mentions.Where(m => m.Form != MentionForm.Adjective && m.Index >= opener.Index + opener.Length && m.Index < comma
            && sentence[(opener.Index + opener.Length)..m.Index].Trim() is "" or "the" && !StartsName(sentence, m)).Take(1).ToList();
    }

    private const int MaxWhereGap = 30;

    private static List<CountryMention> WherePlace(string sentence, List<CountryMention> mentions, int agentIndex)
    {
        var where = sentence.LastIndexOf(", where ", agentIndex, StringComparison.OrdinalIgnoreCase);
        if (where < 0 || sentence[(where + ", where ".Length)..agentIndex].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 1) return [];
        return mentions.Where(m => m.Form != MentionForm.Adjective && m.Index + m.Length <= where && where - (m.Index + m.Length) <= MaxWhereGap
            && !sentence[(m.Index + m.Length)..where].Contains(',')).TakeLast(1).ToList();
    }

    // "In Lithuania the Red Army …", "…; in Czechoslovakia in 1968 the Warsaw Pact occupied …": the place the agent's clause opens in.
    private static List<CountryMention> OpeningPlace(string sentence, List<CountryMention> mentions, int clauseStart, int agentIndex) =>
        mentions.Where(m => m.Form != MentionForm.Adjective && m.Index >= clauseStart && m.Index < agentIndex
            && sentence[clauseStart..m.Index].Trim(' ', ';', ',') is "In" or "In the" or "in" or "in the").Take(1).ToList();

    private static List<CountryMention> LabelPlace(string sentence, List<CountryMention> mentions, int agentIndex) =>
        mentions.Where(m => m.Form != MentionForm.Adjective && sentence[..m.Index].Trim(' ', '-', '*') == ""
            && sentence[(m.Index + m.Length)..].TrimStart().StartsWith(':') && m.Index < agentIndex).Take(1).ToList();

    // "Moscow declares war anyway (the Muraviev cabinet had just begun breaking with Germany — too late)": a bracketed remark in
    // words of its own after the act comments on it; a bracketed list of places ("(Estonia, Latvia and Lithuania)") names them.
    private const int RemarkWords = 3;

    private static bool InRemark(string sentence, int actEnd, int index)
    {
        var open = sentence.LastIndexOf('(', index, index - actEnd + 1);
        if (open < 0 || sentence.IndexOf(')', open, index - open) >= 0) return false;
        var close = sentence.IndexOf(')', index);
        var aside = sentence[(open + 1)..(close < 0 ? sentence.Length : close)];
        return aside.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Count(w => char.IsLower(w[0]) && !ListWords.Contains(w.TrimEnd(',', '.', ';'))) >= RemarkWords;
    }

    private static readonly HashSet<string> ListWords = new(["and", "or", "the", "of", "in", "then", "later"], StringComparer.OrdinalIgnoreCase);

    internal static bool StartsName(string sentence, CountryMention mention)
    {
        var next = sentence[(mention.Index + mention.Length)..].TrimStart().Split(' ', 2)[0];
        return next.Length > 0 && char.IsUpper(next[0]);
    }

    // "from Kazakhstan", and each place listed after it ("from Romania and Ukraine"); "from bases in Manchuria", "out of Andong in
    // Manchuria": where the bases stand is where forces come from too.
    private static bool AfterFrom(string sentence, CountryMention mention) =>
        ListedAfter(sentence, mention, w => w.Equals("from", StringComparison.OrdinalIgnoreCase)) || InOrigin(sentence[..mention.Index]);

    private const int MaxOriginWords = 3;

    private static bool InOrigin(string before)
    {
        var words = before.TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words[^1].Equals("in", StringComparison.OrdinalIgnoreCase)) return false;
        for (var i = words.Length - 2; i >= Math.Max(0, words.Length - 2 - MaxOriginWords); i--)
        {
            var word = words[i].TrimEnd(',');
            if (word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase) && i > 0 && words[i - 1].Equals("out", StringComparison.OrdinalIgnoreCase))
                return true;
            if (words[i].EndsWith(',') || OriginBreaks.Contains(word)) return false;
        }
        return false;
    }

    // A word that ends the origin's phrase: what follows it is where the forces went, or another clause.
    private static readonly HashSet<string> OriginBreaks = new(StringComparer.OrdinalIgnoreCase) { "to", "into", "over", "against", "and", "or", "in", "on", "across" };

    // The place follows the word, alone ("from Kazakhstan"), with one qualifying capitalised word between ("from Soviet
    // Kazakhstan"), or listed after a place that does ("from Romania and Ukraine", "from Outer Mongolia and Tuva").
    private static bool ListedAfter(string sentence, CountryMention mention, Func<string, bool> isWord)
    {
        var before = sentence[..mention.Index].TrimEnd();
        if (before.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) before = before[..^4];
        if (RightAfter(before, isWord)) return true;
        var word = ActGrammar.LastWord(before);
        if (!(word is "and" or "or" || before.EndsWith(','))) return false;
        var listed = before[..^(before.EndsWith(',') ? 1 : word.Length)].TrimEnd();
        var previous = ActGrammar.LastWord(listed);
        // The place before the joiner: one or two capitalised words.
        return previous.Length > 0 && char.IsUpper(previous[0]) && RightAfter(listed[..^previous.Length].TrimEnd(), isWord);
    }

    // The text ends with the word, or with it and one capitalised word.
    private static bool RightAfter(string before, Func<string, bool> isWord)
    {
        var word = ActGrammar.LastWord(before);
        if (isWord(word)) return true;
        return word.Length > 0 && char.IsUpper(word[0]) && isWord(ActGrammar.LastWord(before[..^word.Length].TrimEnd()));
    }

    // An act that ends in its own destination word ("fought the air war over") reaches a place qualified by a word or two
    // ("over north-western Korea").
    private const int QualifierWords = 2;

    private bool IsDestination(string act, string between)
    {
        var words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.All(w => w.Equals("the", StringComparison.OrdinalIgnoreCase))) return true;
        return words.TakeLast(3).Any(w => rules.DestinationWords.Contains(w))
            || words.Length <= QualifierWords && rules.DestinationWords.Contains(ActGrammar.LastWord(act)) && !between.Contains(',');
    }

    // "Finnish troops", "the German 163rd Infantry Division", "the Japanese Kwantung Army": the people's forces, by a forces word
    // right after it or after the capitalised words of its name.
    private const int MaxForcesNameWords = 3;

    // The word after a mention ("Embassy's" read as "Embassy"), from at most a few characters of the sentence.
    private static string NextWord(string sentence, int from)
    {
        var rest = sentence.AsSpan(from, Math.Min(40, sentence.Length - from)).TrimStart();
        var end = rest.IndexOfAny(" ,.;");
        var word = (end < 0 ? rest : rest[..end]).ToString();
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd(':', ')');
    }

    private bool NamesForces(string sentence, CountryMention mention)
    {
        var words = sentence[(mention.Index + mention.Length)..].Split(' ', MaxForcesNameWords + 2, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        if (char.IsDigit(words[0][0]) || rules.Forces.AnyIn(words[0])) return true;
        for (var i = 0; i < Math.Min(words.Length, MaxForcesNameWords + 1) && char.IsUpper(words[i][0]); i++)
            if (i > 0 && rules.Forces.AnyIn(words[i])) return true;
        return false;
    }
}
