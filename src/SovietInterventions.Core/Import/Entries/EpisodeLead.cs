using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>A sentence of an episode's lead, with the passage it comes from; whether it says when and names the place.</summary>
public sealed record LeadDraft(string Text, PassageDraft Passage)
{
    public bool Dated { get; init; }
    public bool NamesPlace { get; init; }
    /// <summary>Its subject is a city in the place ("Königsberg in East Prussia fell"): a part of the act, not the whole.</summary>
    public bool NamesOnlyPart { get; init; }
    /// <summary>It is one of the episode's claims, a sentence in which the Soviet side acts, not one shown before it for context.</summary>
    public bool StatesAct { get; init; }
    /// <summary>The Soviet side is its subject or agent ("fell to the Red Army"), not only mentioned ("under the protection of Soviet garrisons").</summary>
    public bool Statement { get; init; }
    /// <summary>It leans on a sentence before it that the lead does not show ("Apart from the pact …, the USSR also occupied …").</summary>
    public bool LeansBack { get; init; }
    /// <summary>The year its own words date it to, if they do.</summary>
    public int? Year { get; init; }
}

/// <summary>
/// Chooses an episode's lead: up to three of its claims, each a sentence in which the Soviet side does an intervention
/// act, shown in time order. The best kind of sentence the episode has decides which may lead: one that states the act
/// (the Soviet side as subject or agent) within the episode's years, before one that only mentions it ("fearing Soviet
/// intervention"), before a name ("the Soviet Invasion of …"), before a claim about another place in the episode's own
/// passages. A sentence that refers back to one not shown ("With his death …", "… responded by invading") is passed over for
/// one that does not, or shown after the sentences it leans on when those are short and about the episode, and only when
/// nothing else can lead kept as it is; never the same statement twice.
/// </summary>
internal static partial class EpisodeLead
{
    private const int Sentences = 3;
    private const int MinLength = 30;
    private const int MaxLength = 400;
    private const int OpeningWords = 6;
    /// <summary>What a lead of several sentences may run to, and the longest sentence that may join the first.</summary>
    private const int MaxLeadLength = 500;
    private const int LongSentence = 250;

    /// <param name="peoples">A country's people in the plural ("Latvians") and the country, to tell a sentence about them.</param>
    public static List<LeadDraft> Choose(
        BuiltEpisode episode, IReadOnlyList<Claim> claims, ClaimRules rules, IReadOnlyDictionary<string, string>? peoples = null, LeadWords? words = null,
        Func<string, bool>? isCity = null)
    {
        isCity ??= _ => false;
        peoples ??= new Dictionary<string, string>();
        words ??= LeadWords.Shipped;
        var acting = claims.Where(c => c.Role is ActRole.Intervention or ActRole.Aside or ActRole.Defence && (RowCell(c) ?? c.Sentence).Length is >= MinLength and <= MaxLength).ToList();
        var candidates = acting.Where(c => !RefersBack(c.Sentence, rules, words)).ToList();
        // A sentence whose act falls on another country's people or land ("deported … Latvians") is about that country, when others are about this one.
        if (candidates.Any(c => !AboutAnotherPlace(episode, c, peoples))) candidates = [.. candidates.Where(c => !AboutAnotherPlace(episode, c, peoples))];
        // A Soviet act told only in a clause that dates another subject's act ("after … Soviet allies had crossed the border, the parliament declared war") is about that act.
        if (candidates.Any(c => !SubordinateClause.OnlyThere(c.Sentence, c.Act, rules))) candidates = [.. candidates.Where(c => !SubordinateClause.OnlyThere(c.Sentence, c.Act, rules))];
        // A table row ("1961; Soviet Union; Albania; arms") is evidence, not prose: it leads only where no sentence can.
        if (candidates.Any(c => !c.InRow)) candidates = [.. candidates.Where(c => !c.InRow)];
        // A sentence that refers back and says more than any other ("… responded by invading the country in September 1944") leads after the ones it leans on.
        var bestRank = candidates.Count == 0 ? int.MaxValue : candidates.Min(c => Rank(episode, c));
        // So does one as good that dates in itself an act earlier than any of the others ("Within weeks the Soviet Union began flying in
        // fighters …, on 21 June 1967" before a sentence of 1970): a lead tells the episode from its beginning.
        var earliest = candidates.Where(c => Rank(episode, c) == bestRank).Select(c => c.Year ?? int.MaxValue).DefaultIfEmpty(int.MaxValue).Min();
        var leaning = acting.Where(c => c.Role == ActRole.Intervention && !c.InRow && RefersBack(c.Sentence, rules, words)
            && (Rank(episode, c) < bestRank || Rank(episode, c) == bestRank && c.DatedInSentence && c.Year < earliest)
            && !AboutAnotherPlace(episode, c, peoples) && !SubordinateClause.OnlyThere(c.Sentence, c.Act, rules));
        if (WithItsContext(episode, leaning, acting, rules, words, isCity) is { Count: > 0 } told) return told;
        // "The area was … until the Red Army reconquered it", its context not shown: read with the place the sentence before names
        // ("[Eastern Poland] was …").
        candidates.AddRange(acting.Where(c => c.Role == ActRole.Intervention && !c.InRow && RefersBack(c.Sentence, rules, words)
            && WithPlaceNamed(episode, c, words) is { } named && !RefersBack(named, rules, words)
            && !AboutAnotherPlace(episode, c, peoples) && !SubordinateClause.OnlyThere(c.Sentence, c.Act, rules)));
        // The last resort, rather than no lead: a sentence that leans on one before it only by a word inside it ("… responded by invading …");
        // one that opens on a pronoun ("Her grandfather …") may not be about the episode at all.
        if (candidates.Count == 0) candidates = [.. acting.Where(c => c.Role == ActRole.Intervention && !c.InRow && !OpensBack(c.Sentence, rules, words))];
        if (candidates.Count == 0) return [];
        var best = candidates.Min(c => Tier(episode, c));
        var chosen = new List<Claim>();
        // The best sentence, then up to two of the same tier that name the place or their date: a mention does not follow a
        // statement, but the war another state fought against the Soviet side frames it.
        foreach (var claim in candidates.Where(c => Tier(episode, c) <= best + 1 && Tier(episode, c) / 6 == best / 6)
                     .OrderBy(c => Rank(episode, c)).ThenByDescending(c => Scope(episode, c, isCity)).ThenByDescending(c => c.NamesTarget).ThenByDescending(c => c.DatedInSentence)
                     .ThenBy(c => c.Date?.ToIso() ?? "9999", StringComparer.Ordinal)
                     .ThenBy(c => c.Document, StringComparer.Ordinal).ThenBy(c => c.Passage.Position).ThenBy(c => c.SentenceIndex))
        {
            if (chosen.Count == Sentences) break;
            if (chosen.Count > 0 && (Tier(episode, claim) > best && claim.Role != ActRole.Defence || !claim.NamesTarget && !claim.DatedInSentence)) continue;
            if (chosen.Any(c => Repeats(c, claim))) continue;
            // Several short sentences say more than three long ones: a follower that would make the lead too long is left to the narrative.
            if (chosen.Count > 0 && (claim.Sentence.Length > LongSentence || chosen.Sum(c => c.Sentence.Length) + claim.Sentence.Length > MaxLeadLength)) continue;
            chosen.Add(claim);
        }
        // A lead says to whom: when no chosen sentence names the place, the best one that does joins them.
        if (!chosen.Any(c => NamesPlace(episode, c)) && chosen.Count < Sentences
            && candidates.Where(c => Tier(episode, c) <= best + 1 && NamesPlace(episode, c) && !chosen.Any(x => Repeats(x, c)))
                .OrderBy(c => Tier(episode, c)).ThenByDescending(c => Scope(episode, c, isCity)).ThenByDescending(c => c.DatedInSentence).ThenBy(c => c.Passage.Position).FirstOrDefault() is { } naming)
            chosen.Add(naming);
        // Or to whom on the ground: the best sentence that states the side the Soviet Union took ("took advice from its Soviet instructors").
        if (!chosen.Any(c => NamesPlace(episode, c) || c.Side is not null) && chosen.Count < Sentences
            && candidates.Where(c => c.Side is not null && Tier(episode, c) <= best + 1 && !chosen.Any(x => Repeats(x, c)))
                .OrderBy(c => Tier(episode, c)).ThenBy(c => c.Passage.Position).ThenBy(c => c.SentenceIndex).FirstOrDefault() is { } siding)
            chosen.Add(siding);
        // A lead says when: when no chosen sentence carries its date, the best dated one within the episode's years joins them.
        if (!chosen.Any(c => DatedInYears(episode, c))
            && candidates.Where(c => c.DatedInSentence && Tier(episode, c) is 0 or 1 or 3 && !chosen.Any(x => Repeats(x, c)))
                .OrderBy(c => Tier(episode, c)).ThenByDescending(c => NamesPlace(episode, c)).ThenBy(c => c.Passage.Position).FirstOrDefault() is { } dated)
        {
            if (chosen.Count == Sentences) chosen.RemoveAt(chosen.Count - 1);
            chosen.Add(dated);
        }
        // Time order; a sentence dated only by the text around it goes after those dated in themselves in its year.
        return chosen.OrderBy(c => c.Year ?? int.MaxValue).ThenBy(c => c.DatedInSentence ? c.Date!.Value.ToIso() : "~", StringComparer.Ordinal)
            .ThenBy(c => c.Document, StringComparer.Ordinal).ThenBy(c => c.Passage.Position).ThenBy(c => c.SentenceIndex)
            .Select(c => Draft(episode, c, rules, words, isCity, namePlace: true)).ToList();
    }

    // Naming neither the episode's place nor its own target, the sentence's act falls on another country's people ("deported or killed
    // 34,250 Latvians"). Places after the act are no sign: "shelled their own post at Mainila", "crossed the bridge at Termez".
    private static bool AboutAnotherPlace(BuiltEpisode episode, Claim claim, IReadOnlyDictionary<string, string> peoples)
    {
        if (claim.NamesTarget || NamesPlace(episode, claim)) return false;
        var act = claim.Sentence.IndexOf(claim.Act, StringComparison.OrdinalIgnoreCase);
        return act >= 0 && claim.Sentence[act..].Split(' ', ',', '.', ';').Any(w => peoples.TryGetValue(w, out var country) && !episode.Targets.Contains(country));
    }

    // The place the sentence before the claim's names, as one of the episode's targets, if it opens "The area …".
    private static string? WithPlaceNamed(BuiltEpisode episode, Claim claim, LeadWords words)
    {
        if (claim.SentenceIndex == 0 || claim.SentenceIndex > claim.Passage.Block.Sentences.Count - 1) return null;
        var before = claim.Passage.Block.Sentences[claim.SentenceIndex - 1];
        var at = claim.Passage.Text.IndexOf(before, StringComparison.Ordinal);
        var place = at < 0 ? null : claim.Passage.Countries.FirstOrDefault(m => m.Index >= at && m.Index + m.Length <= at + before.Length
            && m.Form is MentionForm.Name or MentionForm.Alias && episode.Targets.Contains(m.CountrySlug));
        return words.WithPlaceNamed(claim.Sentence, before, place is null ? null : (place.Index - at, place.Length));
    }

    private static LeadDraft Draft(BuiltEpisode episode, Claim claim, ClaimRules rules, LeadWords words, Func<string, bool> isCity, bool namePlace = false)
    {
        // Shown without the sentence before it, "The area …" names the place that sentence named.
        if (namePlace && RefersBack(claim.Sentence, rules, words) && WithPlaceNamed(episode, claim, words) is { } named)
            return Draft(episode, claim with { Sentence = named }, rules, words, isCity) with { NamesPlace = true };
        // A spreadsheet's row ("7 — Start: 1953-06-17; …; What happened: Soviet tanks … put down the workers' rising; …; Key people: …")
        // is no sentence to open an entry: the lead shows the cell that tells the act, when the cell names who acts (not "What the USSR
        // did: approved …"), and the frame says where and when.
        if (RowCell(claim) is { } cell)
            return new LeadDraft(Shown(cell), claim.Passage) { StatesAct = true, LeansBack = words.PointsBack(cell) };
        return new(Shown(LeadYear.Added(words.WithoutOthersClause(words.Detached(claim.Sentence), claim.Act, rules.Agents.AnyIn), claim.Date)), claim.Passage)
        {
            Dated = DatedInYears(episode, claim),
            NamesPlace = NamesPlace(episode, claim),
            NamesOnlyPart = Scope(episode, claim, isCity) == 1,
            StatesAct = true,
            Statement = claim.Form == ClaimForm.Statement,
            LeansBack = words.PointsBack(claim.Sentence),
            Year = claim.DatedInSentence ? claim.Year : null,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\[(\p{Lu}[\p{L} '-]*)\]")]
    private static partial System.Text.RegularExpressions.Regex EditorsPlace();

    private static string? RowCell(Claim claim) =>
        LabelledRows.CellAt(claim.Sentence, claim.Sentence.IndexOf(claim.Act, StringComparison.OrdinalIgnoreCase)) is { } cell
        && cell.Contains(claim.Agent, StringComparison.OrdinalIgnoreCase) ? cell : null;

    // A footnote mark left after a sentence's full stop ("… from the capital.¹") is no part of what the sentence says.
    private static string Shown(string sentence) => FootnoteMark().Replace(sentence, "$1");

    [System.Text.RegularExpressions.GeneratedRegex(@"([.!?;,])[\u00B9\u00B2\u00B3\u2070-\u2079]+")]
    private static partial System.Text.RegularExpressions.Regex FootnoteMark();

    // A sentence that points back ("In response the Soviet forces refused …"), after the one or two before it: they end on one that
    // points back to nothing and is about the episode (names its place, or is itself a claim of it), and all are short.
    private static List<LeadDraft> WithItsContext(
        BuiltEpisode episode, IEnumerable<Claim> leaning, IReadOnlyList<Claim> acting, ClaimRules rules, LeadWords words, Func<string, bool> isCity)
    {
        foreach (var claim in leaning.Where(c => c.Form != ClaimForm.Name).OrderBy(c => Rank(episode, c))
                     .ThenBy(c => c.Document, StringComparer.Ordinal).ThenBy(c => c.Passage.Position).ThenBy(c => c.SentenceIndex))
        {
            var sentences = ProseText.SplitSentences(claim.Passage.Text).ToList();
            var at = sentences.IndexOf(claim.Sentence);
            var before = new List<string>();
            for (var i = at - 1; i >= 0 && i >= at - (Sentences - 1); i--)
            {
                before.Insert(0, sentences[i]);
                if (!RefersBack(sentences[i], rules, words)) break;
            }
            if (before.Count == 0 || RefersBack(before[0], rules, words) || !AboutEpisode(episode, claim.Passage, before[0], acting)) continue;
            if (before.Sum(b => b.Length) + claim.Sentence.Length > MaxLeadLength || before.Any(b => b.Length > MaxLength)) continue;
            // Context that tells a Soviet act of other years ("Soviet forces occupied eastern Poland until the summer of 1941") would open
            // the entry on another episode.
            if (before.Any(b => acting.Any(c => c.Role == ActRole.Intervention && c.Passage == claim.Passage && c.Sentence == b && c.Year is { } year
                    && !episode.Overlaps(year, c.LastYear ?? year, slack: 1)))) continue;
            // A sentence shown before may itself state a Soviet act of the episode's years ("Soviet forces entered the capital"): then it is no mere context.
            var told = before.Select(b => new LeadDraft(Shown(b), claim.Passage)
            {
                NamesPlace = NamesTargetIn(episode, claim.Passage, b),
                Dated = YearIn(b),
                StatesAct = acting.Any(c => c.Role == ActRole.Intervention && c.Form == ClaimForm.Statement && c.Passage == claim.Passage && c.Sentence == b),
            })
                .Append(Draft(episode, claim, rules, words, isCity)).ToList();
            // Three sentences leave no room for the heading's frame: they must say when and where themselves.
            if (told.Count == Sentences && !(told.Any(t => t.NamesPlace) && told.Any(t => t.Dated))) continue;
            return told;
        }
        return [];
    }

    private static bool AboutEpisode(BuiltEpisode episode, PassageDraft passage, string sentence, IReadOnlyList<Claim> acting) =>
        NamesTargetIn(episode, passage, sentence)
        || acting.Any(c => c.Role == ActRole.Intervention && c.Passage == passage && c.Sentence == sentence && c.Targets.Any(episode.Targets.Contains));

    private static bool NamesTargetIn(BuiltEpisode episode, PassageDraft passage, string sentence)
    {
        var start = passage.Text.IndexOf(sentence, StringComparison.Ordinal);
        var end = start + sentence.Length;
        return start >= 0 && passage.Countries.Any(m => m.Index >= start && m.Index < end && episode.Targets.Contains(m.CountrySlug));
    }

    // Says when in itself, at a date within the episode's years ("between 1981 and 1985" does not date a 1978 invasion).
    private static bool DatedInYears(BuiltEpisode episode, Claim claim) =>
        claim.DatedInSentence && (claim.Year is null || episode.Overlaps(claim.Year.Value, claim.LastYear!.Value, slack: 1));

    private static bool YearIn(string sentence) => sentence.Split(' ', ',', '.', ';').Any(w => w.Length == 4 && int.TryParse(w, out var y) && y is >= 1900 and < 2100);

    // The sentence itself names one of the episode's places ("Bessarabia", "the Baltic states"), not "the country".
    private static bool NamesPlace(BuiltEpisode episode, Claim claim)
    {
        if (claim.Sentence.Contains(episode.Place, StringComparison.OrdinalIgnoreCase)) return true;
        return MentionsIn(claim).Any(m => episode.Targets.Contains(m.CountrySlug));
    }

    // 2 when the sentence names the place as a whole, 1 when its subject is a city in it ("Königsberg in East Prussia fell to
    // the Red Army"): that city's fate, a part of the act. A city after the act is where the act on the whole went ("entered the
    // capital"); a region ("Manchuria") may be the whole theatre. 0 when the sentence does not name the place at all.
    private static int Scope(BuiltEpisode episode, Claim claim, Func<string, bool> isCity)
    {
        if (claim.Sentence.Contains(episode.Place, StringComparison.OrdinalIgnoreCase)) return 2;
        var first = MentionsIn(claim).Where(m => episode.Targets.Contains(m.CountrySlug)).MinBy(m => m.Index);
        if (first is null) return 0;
        var act = claim.Sentence.IndexOf(claim.Act, StringComparison.OrdinalIgnoreCase);
        var at = first.Index - claim.Passage.Text.IndexOf(claim.Sentence, StringComparison.Ordinal);
        return first is { Form: MentionForm.Place, Place: { } place } && isCity(place) && at < act ? 1 : 2;
    }

    private static IEnumerable<CountryMention> MentionsIn(Claim claim)
    {
        var start = claim.Passage.Text.IndexOf(claim.Sentence, StringComparison.Ordinal);
        return start < 0 ? [] : claim.Passage.Countries.Where(m => m.Index >= start && m.Index < start + claim.Sentence.Length);
    }

    // Lower is better: the tier, where a sentence that says neither when nor where ranks after one of the next tier that says
    // either ("the Soviet Union enclosed the territories" after "… the Soviet-backed Polish state on 16 August 1945").
    private static int Rank(BuiltEpisode episode, Claim claim) =>
        2 * Tier(episode, claim) + (DatedInYears(episode, claim) || NamesPlace(episode, claim) ? 0 : 3);

    /// <summary>Lower is better: a statement, a mention, a statement dated outside the episode's years, a name; an aside, or a
    /// claim from a passage the episode does not hold, after all of them.</summary>
    private static int Tier(BuiltEpisode episode, Claim claim)
    {
        var inYears = claim.Year is null || episode.Overlaps(claim.Year.Value, claim.LastYear!.Value, slack: 1);
        // A war fought against the Soviet side ("fought by Finland … against the Soviet Union from 1941 to 1944") frames the acts, as a mention does.
        var form = claim.Role == ActRole.Defence ? ClaimForm.Mention : claim.Form;
        var tier = (form, inYears) switch
        {
            (ClaimForm.Statement, true) => 0,
            (ClaimForm.Mention, true) => 1,
            (ClaimForm.Statement, false) => 2,
            (ClaimForm.Name, true) => 3,
            (ClaimForm.Mention, false) => 4,
            _ => 5,
        };
        // A claim read in a passage of another episode's section ("entered Warsaw" under Germany, for Poland) comes after the episode's own, as an aside.
        return claim.Role == ActRole.Aside || !episode.Passages.Contains(claim.Passage) ? tier + 6 : tier;
    }

    // The same sentence restated, the same act on the same date, or the same act on the same place once dated and once
    // not, or dated to the same month ("occupied the Baltic states in June 1940", "on 15 and 16 June … occupied the Baltic states").
    private static bool Repeats(Claim chosen, Claim other) =>
        WordTrigrams.AreRepeats(chosen.Sentence, other.Sentence)
        || chosen.Date is not null && chosen.Date == other.Date && chosen.Kind == other.Kind
        || chosen.Date is { Month: not null } a && other.Date is { Month: not null } b && (a.Year, a.Month) == (b.Year, b.Month)
           && chosen.Act.Equals(other.Act, StringComparison.OrdinalIgnoreCase) && chosen.Targets.SequenceEqual(other.Targets)
        || chosen.DatedInSentence != other.DatedInSentence && chosen.Act.Equals(other.Act, StringComparison.OrdinalIgnoreCase)
           && chosen.Targets.SequenceEqual(other.Targets);

    // A sentence that points back ("With his death …", "… reacted to these reforms", "… responded by …") needs the one before it:
    // the same test the page's narrative applies to its first passage, the reviewed words in claim-rules.json and lead-words.json.
    // An opening connective the lead leaves out ("As well, …") is no pointing back.
    private static bool RefersBack(string sentence, ClaimRules rules, LeadWords words) => OpensBack(sentence, rules, words) || words.PointsBack(sentence);

    // It opens by pointing back: a pronoun, a back word, a lower-case letter.
    private static bool OpensBack(string sentence, ClaimRules rules, LeadWords words)
    {
        // "[S]ince …" is read as the source wrote it after the connective; a bracket the source opens with ("[15:02] …") still opens it.
        // "[Eastern Poland] was …": a place an editor named in brackets opens it as the place itself.
        var shown = words.Detached(sentence);
        if (shown != sentence) shown = shown[1] + shown[3..];
        else if (EditorsPlace().Match(shown) is { Success: true } place) shown = place.Groups[1].Value + shown[place.Length..];
        if (shown.Length == 0 || !char.IsUpper(shown[0]) && !char.IsDigit(shown[0])) return true;
        return ReferBack.Opens(shown) || rules.ReferBack.Find(shown).FirstOrDefault() is { Index: 0 } || PronounSubject(shown, rules);
    }

    // "On August 10, he wrote a memo …", "On the evening of 26 June he handed …": after a short opening phrase (ending at a comma or
    // a date), a pronoun subject names no one the lead has shown.
    private static bool PronounSubject(string sentence, ClaimRules rules)
    {
        var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
        if (comma >= 0 && sentence[..comma].Split(' ').Length <= OpeningWords && rules.Pronouns.Contains(sentence[(comma + 2)..].Split(' ', 2)[0]))
            return true;
        var words = sentence.Split(' ', DateOpeningWords + 2);
        return Enumerable.Range(1, Math.Min(DateOpeningWords, words.Length - 1))
            .Any(i => rules.Pronouns.Contains(words[i]) && IsDateWord(words[i - 1]));
    }

    /// <summary>At most this many words in an opening date phrase: "On the evening of 26 June 1940".</summary>
    private const int DateOpeningWords = 8;

    private static bool IsDateWord(string word) =>
        word.Length > 0 && (word.All(char.IsDigit) || Mentions.Dates.DateWords.Month(word) is not null);
}
