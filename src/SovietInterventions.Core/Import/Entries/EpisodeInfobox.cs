using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Entries;

/// <summary>One infobox row with the passage that states it.</summary>
public sealed record InfoboxDraft(InfoboxField Field, string Value, PassageDraft Passage);

/// <summary>
/// The infobox beside an episode's lead, from its claims (where, whose side, which Soviet forces and
/// commanders, against whom, the outcome) and from a source's own infobox when it has one. A row
/// nothing states is left out, never guessed.
/// </summary>
internal sealed class EpisodeInfobox(ClaimRules rules, ActorFinder actors, DateFinder dates)
{
    private const int MaxRows = 3;
    private const int MaxResultLength = 240;

    public List<InfoboxDraft> Build(BuiltEpisode episode, IReadOnlyList<Claim> claims, (SovietSide Side, Claim Claim)? side, EpisodeKind kind)
    {
        var rows = new List<InfoboxDraft>();
        var acting = claims.Where(c => c.Role == ActRole.Intervention).ToList();
        if (acting.Count == 0) return FromSourceInfobox(episode, rows);

        rows.Add(new(InfoboxField.Place, episode.Place, acting[0].Passage));
        // Only a side a sentence states: a side inferred from the kind would cite a passage that does not say it.
        if (EpisodeKinds.Fitting(side, kind) is { } stated) rows.Add(new(InfoboxField.Side, SideText(stated.Side), stated.Claim.Passage));

        foreach (var (force, claim) in acting.Select(c => (Force(c), c)).Where(x => x.Item1 is not null)
                     .DistinctBy(x => x.Item1!.ToLowerInvariant()).Take(MaxRows))
            rows.Add(new(InfoboxField.SovietForces, force!, claim.Passage));

        foreach (var (name, claim) in acting.SelectMany(c => actors.Find(c.Sentence)
                     .Where(a => a.Type == ActorType.Person && a.Role.Contains("command", StringComparison.OrdinalIgnoreCase)).Select(a => (a.Name, c)))
                     .DistinctBy(x => x.Name).Take(MaxRows))
            rows.Add(new(InfoboxField.SovietCommanders, name, claim.Passage));

        // An end the sources date past the episode's first year (or in its only one) ends it; "the order to withdraw came too late" in
        // a war's first year, or "the New Left" (a name), does not.
        var result = claims.Where(c => c.Role == ActRole.End && c.Form != ClaimForm.Name && EndsIt(episode, c) && !Announced(c)).Select(c => (c.Sentence, c.Passage)).FirstOrDefault();
        // A result is dated at the episode's end, or undated: "the Baltic Offensive of 1944" is no result of 1940; and it is the main
        // clause's ("four days after France had sued for an armistice, the Soviet Union issued an ultimatum" is no armistice).
        var results = episode.Passages.Where(p => !p.IsHeading)
            .SelectMany(p => ProseText.SplitSentences(p.Text).Select(s => (Sentence: s, Passage: p)))
            .Where(x => rules.ResultWords.Find(x.Sentence).Any(w => !SubordinateClause.Within(x.Sentence, w.Text, rules) && !AnothersOwn(episode, x.Passage, x.Sentence, w.Index))
                && rules.Agents.AnyIn(x.Sentence)).ToList();
        if (result.Sentence is null) result = results.FirstOrDefault(x => DatedAtTheEnd(episode, x.Passage, x.Sentence) == true);
        if (result.Sentence is null) result = results.FirstOrDefault(x => DatedAtTheEnd(episode, x.Passage, x.Sentence) is null);
        if (result.Sentence is not null) rows.Add(new(InfoboxField.Result, Cut(WithoutAside(result.Sentence)), result.Passage));
        return FromSourceInfobox(episode, rows);
    }

    /// <summary>The side as the infobox's "Soviet Union sided with" row gives it.</summary>
    public static string SideText(SovietSide side) => side switch
    {
        SovietSide.Government => "The government",
        SovietSide.Opposition => "An opposition or insurgency",
        SovietSide.Faction => "A faction",
        _ => "No one: an occupation",
    };

    // "the Red Army", "Soviet Army", "GPU troops", "Warsaw Pact forces": the agent when it names armed forces. A forces word written
    // with a capital names a body ("Army", "Fleet"), and a body followed by a common noun is the body ("Red Army divisions" and
    // "Soviet Army forces" are the Red Army and the Soviet Army: one row each); "Soviet troops" only restates the Soviet side.
    private string? Force(Claim claim)
    {
        var agent = rules.Agents.Find(claim.Sentence).FirstOrDefault(a => a.Text == claim.Agent);
        if (agent is null) return null;
        if (NamesBody(agent.Text)) return agent.Text;
        var next = claim.Sentence[agent.End..].TrimStart().Split(' ', 2)[0].TrimEnd(',', '.', ';');
        if (NamesBody(next)) return $"{agent.Text} {next}";
        if (rules.Forces.AnyIn(next)) return rules.AgentAdjectives.Contains(agent.Text) ? null : $"{agent.Text} {next}";
        return rules.Forces.AnyIn(agent.Text) && !rules.AgentAdjectives.Contains(agent.Text.Split(' ')[0]) ? agent.Text : null;
    }

    private bool NamesBody(string words) => rules.Forces.Find(words).Any(w => char.IsUpper(words[w.Index]));

    // "the German surrender" in an episode about Japan: the result word right after a third country is that country's outcome.
    private bool AnothersOwn(BuiltEpisode episode, PassageDraft passage, string sentence, int word)
    {
        var at = passage.Text.IndexOf(sentence, StringComparison.Ordinal) + word;
        return passage.Countries.Any(m => m.Index + m.Length + 1 == at && !episode.Targets.Contains(m.CountrySlug) && !rules.AgentCountries.Contains(m.CountrySlug) && !rules.Agents.AnyIn(m.Text));
    }

    private const int AnnouncedWords = 8;

    // "Gorbachev announced the Soviet military would begin a complete withdrawal": an end someone said would come is no result yet.
    private bool Announced(Claim end)
    {
        var act = end.Sentence.IndexOf(end.Act, StringComparison.OrdinalIgnoreCase);
        if (act < 0) return false;
        var words = end.Sentence[..act].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(AnnouncedWords).Select(w => w.Trim(',', ';')).ToList();
        var would = words.FindLastIndex(w => w.Equals("would", StringComparison.OrdinalIgnoreCase));
        return would > 0 && words.Take(would).Any(rules.ReportingVerbs.Contains);
    }

    // In an episode of one year the end must be dated in its own sentence: one dated by the story around it ("After the Bratislava
    // conference, the Soviet Army left", weeks before the invasion) may come before the act it would end.
    private static bool EndsIt(BuiltEpisode episode, Claim end) =>
        end.LastYear is { } year && year <= episode.EndYear + 1
        && (year > episode.StartYear || year == episode.StartYear && episode.StartYear == episode.EndYear && end.DatedInSentence);

    // Whether the sentence is dated at the episode's end (its last year or the next), or null when it names no date.
    private static bool? DatedAtTheEnd(BuiltEpisode episode, PassageDraft passage, string sentence)
    {
        var start = passage.Text.IndexOf(sentence, StringComparison.Ordinal);
        var years = passage.Dates.Where(d => start >= 0 && d.Index >= start && d.Index < start + sentence.Length).Select(d => (d.End ?? d.Start).Year).ToList();
        return years.Count == 0 ? null : years.Any(y => y >= episode.EndYear && y <= episode.EndYear + 1);
    }

    private const int AsideWords = 5;

    // "The end is easy: Gorbachev called the war …": a few words before a colon that name no one, no date and no act are the
    // writer's comment on the telling, not history; the result is what follows. "In 1989: …" or "The Soviet verdict: …" stay.
    private string WithoutAside(string sentence)
    {
        var colon = sentence.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0) return sentence;
        var opener = sentence[..colon];
        var words = opener.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = sentence[(colon + 2)..].TrimStart();
        if (words.Length > AsideWords || rest.Length == 0 || opener.Any(char.IsDigit) || words.Skip(1).Any(w => char.IsUpper(w[0]))
            || rules.Agents.AnyIn(opener) || rules.Acts.Find(opener).Any() || rules.ResultWords.Find(opener).Any()) return sentence;
        return char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    // A result too long for the box keeps its main clause ("Although initially willing to negotiate …, the USSR repressed …" reads
    // from "the USSR") and ends at its last clause break within the limit ("…until Soviet victory on 10 November; repression …"),
    // so that it is whole sentences, not a cut word.
    private string Cut(string sentence)
    {
        if (sentence.Length <= MaxResultLength) return sentence;
        var comma = rules.OpeningClauseEnd(sentence);
        if (comma > 0 && sentence[(comma + 2)..] is { Length: > 0 } main && rules.Agents.AnyIn(main))
            sentence = char.ToUpperInvariant(main[0]) + main[1..];
        if (sentence.Length <= MaxResultLength) return sentence;
        var end = ResultBreaks.Select(b => sentence.LastIndexOf(b, MaxResultLength, StringComparison.Ordinal)).Max();
        return end > MaxResultLength / 2 ? sentence[..end].TrimEnd(',', ' ') + "." : TextCut.AtWord(sentence, MaxResultLength);
    }

    private static readonly string[] ResultBreaks = ["; ", " – ", " — ", ", and ", ", but "];

    // A source's own infobox (a wiki's place, commanders, combatants, result) fills the rows the claims left empty. An infobox
    // with the Soviet side among its combatants is its editors' summary of the conflict: its place and result replace those
    // the claims found ("result = Soviet withdrawal" over a sentence about a treaty's deadline).
    private List<InfoboxDraft> FromSourceInfobox(BuiltEpisode episode, List<InfoboxDraft> rows)
    {
        foreach (var (document, infobox) in episode.Passages.Select(p => p.Document).Distinct().SelectMany(d => Infobox.Of(d).Select(i => (d, i))))
        {
            if (episode.Passages.FirstOrDefault(p => p.Document == document && infobox.Covers(p.Block)) is not { } passage) continue;
            // "| date = 11 May – 16 September 1939" boxes another conflict than a 1945 episode that took one sentence of the article.
            if (DatedElsewhere(infobox, episode)) continue;
            var soviet = InfoboxColumns.Soviet(infobox.Facts, rules.Agents.AnyIn);
            foreach (var fact in infobox.Facts)
            {
                var field = FieldOf(fact.Name, soviet);
                // Combatants beside the Soviet side are its allies, not its forces.
                var value = field == InfoboxField.SovietForces ? string.Join("; ", fact.Items.Where(rules.Agents.AnyIn)) : fact.Value.Trim();
                if (field is null || value.Length == 0) continue;
                if (field is InfoboxField.Place or InfoboxField.Result && rows.Any(r => r.Field == field))
                {
                    if (soviet is null) continue;
                    rows.RemoveAll(r => r.Field == field);
                }
                rows.Add(new(field.Value, Cut(value), passage));
            }
        }
        return rows;
    }

    private bool DatedElsewhere(Infobox infobox, BuiltEpisode episode) =>
        InfoboxPeriods.Period(infobox, dates) is var (start, end) && !episode.Overlaps(start.Year, end.Year, 1);

    private static InfoboxField? FieldOf(string name, string? soviet)
    {
        var key = name.Trim().ToLowerInvariant();
        if (key is "place" or "location") return InfoboxField.Place;
        if (key is "result" or "outcome") return InfoboxField.Result;
        if (soviet is null) return null;
        if (InfoboxColumns.Column(key, "commander") is { } commander) return commander == soviet ? InfoboxField.SovietCommanders : null;
        if (InfoboxColumns.Column(key, "combatant") is { } combatant) return combatant == soviet ? InfoboxField.SovietForces : InfoboxField.Opponents;
        return null;
    }
}
