using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// The few grammar tests that tell whether the Soviet side does an act a sentence names, with words from
/// data/claim-rules.json: an act denied by its prefix ("non-intervention"), a noun act that someone else owns
/// ("its invasion", "the Vietnamese invasion"), a sentence-opening clause ("As …, …"), where clauses start and end, and
/// how the act is stated.
/// </summary>
internal sealed partial class ActGrammar(ClaimRules rules, CountryFinder countries, IReadOnlySet<string> interveners)
{
    /// <summary>Whether a negator denies the act: right before its agent ("no Soviet troops went in", "without Soviet help", "wasn't a
    /// Soviet invasion"), before a classification of the act ("don't list them as a Soviet intervention"), in the two words before a
    /// passive act ("was not invaded by the Red Army"), or between the agent and its act ("Moscow's refusal to supply", "didn't
    /// invade"), unless what is refused is to let another act ("refused to allow the party to take power" is the Soviet side's act)
    /// or the negator opens a manner ("without declaring war"). A contraction ("didn't", "wasn’t") is a negator.</summary>
    public bool Denied(string sentence, PhraseHit<string> agent, PhraseHit<(Model.EpisodeKind Kind, ActRole Role)> act, bool passive)
    {
        if (IsNegator(Words(sentence[..agent.Index]).LastOrDefault(w => !Determiners.Contains(w)) ?? "")) return true;
        if (DeniedClassification(Words(sentence[ClauseStart(sentence, agent.Index)..agent.Index]))) return true;
        if (passive) return Words(sentence[..act.Index]).TakeLast(2).Any(IsNegator);
        if (agent.End > act.Index) return false;
        // Words only: "(NOT an intervention)" denies as "not an intervention" does.
        var words = Words(sentence[agent.End..act.Index]);
        return words.Where((w, i) => IsNegator(w) && (i + 1 == words.Length || !words[i + 1].EndsWith("ing", StringComparison.OrdinalIgnoreCase))).Any()
            && !words.Any(rules.PermissionWords.Contains);
    }

    private const int ClassifyingWords = 3;

    // "don't list them as a", "is not counted as an": a negator in the few words before "as a" denies what the act is called.
    private bool DeniedClassification(string[] words) =>
        words is [.., var marker, var article] && marker.Equals("as", StringComparison.OrdinalIgnoreCase)
        && (article.Equals("a", StringComparison.OrdinalIgnoreCase) || article.Equals("an", StringComparison.OrdinalIgnoreCase))
        && words[..^2].TakeLast(ClassifyingWords).Any(IsNegator);

    private bool IsNegator(string word) =>
        rules.Negators.Contains(word) || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase);

    internal static readonly HashSet<string> Determiners = new(["the", "any", "a", "an"], StringComparer.OrdinalIgnoreCase);

    // Letters, with an apostrophe inside a word ("didn't", "wasn’t") but not at its ends ("'s", a quotation mark).
    internal static string[] Words(string text) => LettersOnly().Split(text).Select(w => w.Trim('\'', '’')).Where(w => w.Length > 0).ToArray();

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\p{L}'’]+")]
    private static partial System.Text.RegularExpressions.Regex LettersOnly();

    /// <summary>"The Soviets promised to withdraw", "threatened to invade", "may send troops", "talks about a strike": an act
    /// promised, threatened, only possible or talked about is not done.</summary>
    public bool Intended(string sentence, int actIndex)
    {
        var actIsPast = sentence[actIndex..].Split(' ', 2)[0].EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        var before = sentence[..actIndex].TrimEnd();
        // A name walked over is the act's subject ("the debate about the Soviet invasion", "could Soviet troops enter"): the topic or
        // modal word then governs something else. "May have entered" hedges an act that was done.
        var named = false;
        var perfect = false;
        // "promised to enter the war against Japan": the promise may govern a verb and an article before the act.
        for (var words = 0; words <= IntentReach && before.Length > 0; words++)
        {
            if (rules.IntentWords.Any(w => EndsWithWord(before, w)) || !named && rules.TopicWords.Any(w => EndsWithWord(before, w))) return true;
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            // "Soviet might crushed …": a modal takes the verb's base form, so right before a past tense it is a noun.
            if (rules.ModalWords.Contains(word) && !named && !perfect && !(actIsPast && words == 0)) return true;
            // 'about a "surgical" strike': a word in quotation marks is a word like any other here.
            word = word.Trim('"', '“', '”');
            named |= word.Length > 0 && char.IsUpper(word[0]);
            perfect |= word.Equals("have", StringComparison.OrdinalIgnoreCase);
            if (space < 0 || !word.All(char.IsLetter) || word is "and" or "or" or "then" || rules.ClauseBreaks.Contains($" {word} ")) return false;
            before = before[..space].TrimEnd();
        }
        return false;
    }

    private const int IntentReach = 2;

    internal static bool EndsWithWord(string text, string word) =>
        text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[^(word.Length + 1)]));

    /// <summary>"Soviet troops stopped Iranian army reinforcements at Qazvin": a verb of ending whose object is another country's
    /// forces is a blow against them, not the Soviet side leaving ("left Iranian Azerbaijan" names a place, not forces).</summary>
    public bool StopsOthersForces(string sentence, int verbEnd)
    {
        var after = sentence[verbEnd..];
        var gap = after.Length - after.TrimStart().Length;
        if (countries.Find(after).FirstOrDefault() is not { } next || next.Index != gap || interveners.Contains(next.CountrySlug)) return false;
        return after[(next.Index + next.Length)..].Split(' ', ForcesReach + 1, StringSplitOptions.RemoveEmptyEntries).Take(ForcesReach)
            .Any(w => rules.IsForcesWord(w.TrimEnd(',', '.', ';')));
    }

    private const int ForcesReach = 2;

    public bool Negated(string sentence, int actIndex) =>
        rules.NegatingPrefixes.Any(p => sentence[..actIndex].EndsWith(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>"to enter the war against Japan": every target the sentence names is the enemy of a war, not a place acted in.</summary>
    /// <remarks>With no targets: whether the sentence names the enemy of a war at all.</remarks>
    public bool NamesOnlyEnemies(string sentence, IReadOnlyList<string> targets)
    {
        var named = countries.Find(sentence).Where(m => targets.Count == 0 || targets.Contains(m.CountrySlug)).ToList();
        var enemies = named.Where(m => rules.EnemyMarkers.Any(w => WithoutArticle(sentence[..m.Index]).EndsWith(" " + w, StringComparison.OrdinalIgnoreCase))).ToList();
        return enemies.Count > 0 && (targets.Count == 0 || enemies.Count == named.Count);
    }

    private static string WithoutArticle(string text)
    {
        var trimmed = text.TrimEnd();
        return LastWord(trimmed).Equals("the", StringComparison.OrdinalIgnoreCase) ? trimmed[..^3].TrimEnd() : trimmed;
    }

    /// <summary>"so \"intervention\" mostly means staying": a word in quotation marks is talked about, not done.</summary>
    public static bool Quoted(string sentence, PhraseHit<(Model.EpisodeKind Kind, ActRole Role)> act) =>
        act.Index > 0 && act.End < sentence.Length && IsQuote(sentence[act.Index - 1]) && IsQuote(sentence[act.End]);

    // A quoted term ("second Soviet intervention in Germany"), not a quoted report of what happened.
    private const int MaxQuotedTermWords = 6;

    /// <summary>True when the text from <paramref name="from"/> to <paramref name="to"/> lies inside a quotation of a few words.</summary>
    public static bool InShortQuote(string sentence, int from, int to)
    {
        var open = -1;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            if (open < 0 && c is '"' or '“') open = i;
            else if (open >= 0 && c is '"' or '”')
            {
                if (open < from && i >= to) return sentence[(open + 1)..i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxQuotedTermWords;
                open = -1;
            }
        }
        return false;
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '\'' or '‘' or '’' or '«' or '»';

    /// <summary>"its invasion", "with German support", "Germany's attack", "Japanese-occupied": the act right after another owner.</summary>
    public bool OwnedByAnother(string sentence, int actIndex, IReadOnlyList<PhraseHit<string>> agents)
    {
        var before = sentence[..actIndex].TrimEnd().TrimEnd('-', '–');
        var found = countries.Find(before).Where(m => !IsSoviet(m, agents)).ToList();
        // "they renewed their offensive" after the Soviets; "critical of Vietnam … its invasion": a possessive is the nearest owner's.
        if (rules.OwnerWords.Contains(LastWord(before)))
        {
            var agent = agents.LastOrDefault(a => a.End <= actIndex);
            return agent is null || found.Any(m => m.Index > agent.End);
        }
        // "the passage of Soviet troops through Poland if Germans attacked": a people in the plural that a subordinator makes the
        // subject, right before the act, does it ("Soviet troops and Cubans attacked", "together with Mongolians, attacked" do not).
        if (before.Length > 0 && char.IsLetter(before[^1]) && before.Split(' ') is [.., var opener, var people]
            && rules.Subordinators.Contains(opener) && countries.Peoples(people) is [var country] && !interveners.Contains(country) && !rules.AgentCountries.Contains(country))
            return true;
        var owner = found.LastOrDefault();
        if (owner is null) return false;
        var rest = before[(owner.Index + owner.Length)..].Trim();
        if (rest is not ("" or "'s" or "’s")) return false;
        // "700 East German and 500 Cuban instructors" lists forces beside the Soviets; "the Vietnamese invasion" names an owner.
        // "type: Japanese invasion": an owner opening a labelled cell owns it too.
        var previous = LastWord(before[..owner.Index]).TrimEnd(':', ';');
        return previous.Length == 0 || previous.All(char.IsLetter) && !previous.Equals("and", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Stalin's approval of Kim's invasion plan": an act a named person's possessive owns is that person's, unless the
    /// name is a Soviet agent's ("Stalin's invasion", "the Soviet Union's intervention").</summary>
    public static bool OwnedByName(string sentence, int actIndex, IReadOnlyList<PhraseHit<string>> agents)
    {
        var before = sentence[..actIndex].TrimEnd();
        var owner = LastWord(before);
        if (owner.Length < 3 || !char.IsUpper(owner[0]) || !(owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal)))
            return false;
        var start = before.Length - owner.Length;
        return !agents.Any(a => a.Index < before.Length && a.End > start);
    }

    private bool IsSoviet(Mentions.Places.CountryMention mention, IReadOnlyList<PhraseHit<string>> agents) =>
        interveners.Contains(mention.CountrySlug) || rules.AgentCountries.Contains(mention.CountrySlug)
        || agents.Any(a => mention.Index < a.End && a.Index < mention.Index + mention.Length);

    /// <inheritdoc cref="ClaimRules.OpeningClauseEnd"/>
    public int OpeningClauseEnd(string sentence) => rules.OpeningClauseEnd(sentence);

    /// <summary>How the sentence states the act (see <see cref="ClaimForm"/>).</summary>
    public ClaimForm Form(string sentence, PhraseHit<string> agent, PhraseHit<(Model.EpisodeKind Kind, ActRole Role)> act, bool passive, bool compound)
    {
        // A capital inside a sentence starts a name: "the Soviet Invasion of Czechoslovakia", "the Vistula–Oder Offensive".
        // A capital opening a table row's cell ("1975–1991; Soviet Union; Arms and advisers", "…; Notes: Weapons") starts no name.
        if (compound || act.Index > 0 && char.IsUpper(act.Text[0]) && !OpensCell(sentence[..act.Index].TrimEnd())) return ClaimForm.Name;
        // "Keating warned that the Soviet Union was constructing a base": someone's report of the act, not the source's statement.
        if (Reported(sentence, Math.Min(agent.Index, act.Index))) return ClaimForm.Mention;
        // "with the support of the USSR", "help from Moscow" qualify another verb; "invaded by", "fell to" state the act.
        if (passive) return LastWord(act.Text) is "of" or "from" ? ClaimForm.Mention : ClaimForm.Statement;
        var after = sentence[agent.End..];
        if (after.StartsWith("'s", StringComparison.Ordinal) || after.StartsWith("’s", StringComparison.Ordinal)) return ClaimForm.Mention;
        // "the performance of the Red Army": the agent qualifies another noun.
        var before = sentence[..agent.Index].TrimEnd();
        if (LastWord(before).Equals("the", StringComparison.OrdinalIgnoreCase)) before = before[..^3].TrimEnd();
        if (LastWord(before) == "of") return ClaimForm.Mention;
        // "Soviet invasion", "Soviet-backed", "Soviet military experts": the agent qualifies a noun, it does not act in the sentence.
        // A row's "who" cell may follow the cell of its act: nothing lies between them then.
        var between = agent.End <= act.Index ? sentence[agent.End..act.Index] : "";
        if (between.Length > 0 && between.Trim().Length == 0 && rules.AgentAdjectives.Contains(agent.Text)) return ClaimForm.Mention;
        return between.Trim().Length > 0 && between.Trim().Trim('-', '–').Length == 0 ? ClaimForm.Mention : ClaimForm.Statement;
    }

    private const int ReportGap = 12;

    // "…; Notes: Weapons": a cell's header before a colon opens the cell as a semicolon does.
    private static bool OpensCell(string before) =>
        before.EndsWith(';') || before.EndsWith(':') && TableCells.IsHeader(before[(before.LastIndexOf(';') + 1)..^1]);

    // A verb of saying or believing, then "that" or "whether" within a few words, before the claim.
    private bool Reported(string sentence, int before)
    {
        var that = new[] { " that ", " whether " }.Max(w => sentence.LastIndexOf(w, Math.Max(0, before - 1), StringComparison.OrdinalIgnoreCase));
        if (that < 0) return false;
        var words = sentence[..that].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.TakeLast(ReportGap).Any(w => rules.ReportingVerbs.Contains(w.Trim(',', '.')));
    }

    public int ClauseEnd(string sentence, int from)
    {
        var end = sentence.Length;
        foreach (var b in rules.ClauseBreaks)
        {
            var at = sentence.IndexOf(b, from, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at < end) end = at;
        }
        return end;
    }

    public int ClauseStart(string sentence, int before)
    {
        var start = 0;
        foreach (var b in rules.ClauseBreaks)
        {
            var at = sentence.LastIndexOf(b, Math.Max(0, before - 1), StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + b.Length > start && at + b.Length <= before) start = at + b.Length;
        }
        return start;
    }

    // Actors' names in the sentence ("Zimbabwe African People's Union"): a country inside one is not a place acted on.
    public static List<(int Start, int End)> ActorNames(PassageDraft passage, string sentence)
    {
        var offset = passage.Text.IndexOf(sentence, StringComparison.Ordinal);
        if (offset < 0) return [];
        return passage.Actors.Where(a => a.Index >= offset && a.Index + a.Length <= offset + sentence.Length)
            .Select(a => (a.Index - offset, a.Index - offset + a.Length)).ToList();
    }

    /// <summary>The text without its asides between two dashes (" – the Soviet Union, Bulgaria – ", or plain text's " -- ").</summary>
    public static string WithoutAsides(string text)
    {
        foreach (var dash in new[] { " – ", " — ", " -- " })
        {
            var open = text.IndexOf(dash, StringComparison.Ordinal);
            var close = open < 0 ? -1 : text.IndexOf(dash, open + dash.Length, StringComparison.Ordinal);
            if (close > 0) text = text[..open] + " " + text[(close + dash.Length)..];
        }
        return text;
    }

    /// <summary>"troops, Soviet for the most part but with Polish contingents, poured into": the agent opens a comma aside after a
    /// word for forces, and the aside closes right before the act, so it describes the subject of the act.</summary>
    public static bool InSubjectAside(string sentence, int agentIndex, int actIndex, PhraseMatcher<bool> forces)
    {
        var before = sentence[..agentIndex].TrimEnd();
        if (!before.EndsWith(',') || !sentence[..actIndex].TrimEnd().EndsWith(',')) return false;
        var aside = sentence[agentIndex..actIndex];
        return forces.AnyIn(LastWord(before[..^1])) && aside.IndexOfAny([';', ':', '(', '–', '—']) < 0;
    }

    public static string LastWord(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed[(trimmed.LastIndexOf(' ') + 1)..];
    }

    /// <summary>The text's first word, without the punctuation that follows it ("soil," reads "soil").</summary>
    public static string FirstWord(string text) => text.TrimStart().Split(' ', 2)[0].TrimEnd(',', '.', ';', ':', ')');
}
