using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Episodes.Merging;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// Places the claims no section took: a claim joins an episode that shares a target and whose years
/// it meets (within a year), else a claim dated in its own sentence starts an episode with exactly its
/// targets. A joining claim never adds targets, so episodes cannot chain through a shared neighbour.
/// Claims naming more targets go first, then by date and document, so that adding a document about
/// other places leaves every episode as it was.
/// </summary>
internal sealed class ClaimClusters(Gazetteer gazetteer, PassageOwners owners, PhraseMatcher<(EpisodeKind Kind, ActRole Role)> acts)
{
    private const int Slack = 1;
    public const int LongestStay = 15;

    public List<EpisodeDraft> Place(IReadOnlyList<Claim> loose, IReadOnlyList<EpisodeDraft> headed, Dictionary<EpisodeDraft, List<Claim>> owned, SectionYears sections)
    {
        var index = new EpisodesByCountry(headed);
        var fixedYears = headed.ToHashSet();
        var created = new List<EpisodeDraft>();
        var ordered = loose.Where(c => c.Role == ActRole.Intervention && c.Year is not null)
            .OrderByDescending(c => c.DatedInSentence).ThenBy(c => c.DatedByNeighbour).ThenByDescending(StatesPeriod).ThenByDescending(c => c.Date!.Value.Precision).ThenByDescending(c => c.Targets.Count).ThenBy(c => c.Year)
            .ThenBy(c => c.Document, StringComparer.Ordinal).ThenBy(c => c.Passage.Position).ThenBy(c => c.SentenceIndex);
        foreach (var claim in ordered)
        {
            var from = claim.Year!.Value;
            var to = claim.LastYear!.Value;
            // The episode whose years hold the claim, else the nearest within a year, else the one its document tells.
            var episode = index.For([.. claim.Targets, .. Predecessors(claim.Targets, from), .. Successors(claim.Targets)]).Where(e => e.Overlaps(from, to, Slack))
                .OrderBy(e => Math.Max(0, Math.Max(e.StartYear - to, from - e.EndYear)))
                .ThenByDescending(e => owned.GetValueOrDefault(e)?.Any(c => c.Document == claim.Document) == true).FirstOrDefault();
            if (episode is null && OneCampaign(claim, created, owned) is { } campaign) index.Add(episode = campaign);
            if (episode is null)
            {
                if (!claim.DatedInSentence && !EndedInSection(claim, loose) || ExitMove(claim)) continue;
                episode = Found(claim);
                created.Add(episode);
                index.Add(episode);
            }
            // Only a claim dated to the month widens an episode, or one opening the stay earlier ("from 1976"): a bare year is too often another event's.
            // Aid does not stretch an invasion ("the new Soviet-backed government" a year later).
            else if (!fixedYears.Contains(episode) && claim.DatedInSentence && (claim.Date!.Value.Precision > DatePrecision.Year || StatesPeriod(claim) || claim.OpensStay && from < episode.StartYear)
                     && StretchesEpisodeOf(claim, owned[episode])) Widen(episode, from, to);
            // A heading dated to its month ("Kabul, December 1979") names when the story began: another document's act from that
            // date to a later one ("Soviet troops entered in December 1979 …; the army stayed until 1989") tells how long it lasted.
            else if (BeganAt(episode) && StatesPeriod(claim) && from == episode.StartYear && episode.DefinedBy.All(d => d.Document != claim.Document)
                     && StretchesEpisodeOf(claim, owned.GetValueOrDefault(episode) ?? [])) Widen(episode, from, to);
            EpisodeBuilder.Own(owned, episode, claim);
        }

        // A withdrawal ends the last episode of its place begun before it; an undated claim outside a section joins nothing.
        // A heading's own last year, before any withdrawal widened it: a year after it is the stay's end, not a ladder of years.
        var headingEnds = fixedYears.ToDictionary(e => e, e => e.EndYear);
        foreach (var claim in loose.Where(c => c.Role == ActRole.End && c.Year is not null).OrderBy(c => c.Year))
        {
            var year = claim.LastYear!.Value;
            // "Most of the Soviet troops went home in the course of 1934" under "Xinjiang, 1934 and 1937": a withdrawal in a section
            // of its own years does not end an episode a heading of other years fixed ("The Chinese Eastern Railway, 1929").
            var section = sections.Of(claim.Passage);
            var inSectionYears = SectionYears.Within(section, year, year);
            // One sentence of aid makes no episode (see WithoutLoneAid), so an ending goes first to an episode that stands.
            var episode = index.For(claim.Targets).Where(e => e.StartYear <= year && year - e.StartYear <= LongestStay
                    && (!inSectionYears || !fixedYears.Contains(e) || SectionYears.Tells(section, e, Slack)))
                .OrderBy(e => created.Contains(e) && IsLoneAid(owned[e])).ThenByDescending(e => e.StartYear).FirstOrDefault();
            if (episode is null) continue;
            // Advisers withdrawn years after an invasion end the aid that followed it, not the invasion. A heading dated to its month
            // ("Afghanistan, December 1979") names when the story began: another document's dated withdrawal ends it.
            // A heading's range ("MANCHURIA Aug–Sep '45") is its own document's word on the act: another document's withdrawal the
            // year after it ("the last Soviet troops left in the spring of the following year") tells how long the stay lasted.
            if ((!fixedYears.Contains(episode) || claim.DatedInSentence && episode.DefinedBy.All(d => d.Document != claim.Document)
                    && (BeganAt(episode) || headingEnds.TryGetValue(episode, out var headingEnd) && year <= headingEnd + Slack) && !NamesAnotherPart(claim, episode))
                && StretchesEpisodeOf(claim, owned.GetValueOrDefault(episode) ?? [])) Widen(episode, year, year);
            EpisodeBuilder.Own(owned, episode, claim);
        }
        // A war another state fought against the Soviet side over a stated period widens the episode of Soviet acts against it.
        foreach (var claim in loose.Where(c => c.Role == ActRole.Defence))
        {
            var episode = index.For(claim.Targets).Where(e => e.Overlaps(claim.Year!.Value, claim.LastYear!.Value, Slack))
                .OrderBy(e => Math.Max(0, Math.Max(e.StartYear - claim.LastYear!.Value, claim.Year!.Value - e.EndYear))).FirstOrDefault();
            if (episode is null) continue;
            // A document's opening lines state the whole war it is about, beyond the years of one of its sections.
            if (!fixedYears.Contains(episode) || claim.Passage.Block.Headings.Count <= 1) Widen(episode, claim.Year!.Value, claim.LastYear!.Value);
            EpisodeBuilder.Own(owned, episode, claim);
        }
        return WithoutLoneAid(created, owned);
    }

    /// <summary>A new episode of exactly a claim's targets and years, defined by its sentence.</summary>
    public EpisodeDraft Found(Claim claim)
    {
        var (from, to) = (claim.Year!.Value, claim.LastYear!.Value);
        var episode = new EpisodeDraft { Place = PlaceName(claim), Targets = [.. claim.Targets], Start = new PartialDate(from), End = new PartialDate(to), Owners = owners };
        episode.DefinedBy.Add((claim.Document, $"{claim.Document} (line {claim.Passage.Block.Line})", from == to ? $"{from}" : $"{from}–{to}"));
        return episode;
    }

    // "On 15 June … crossed into Lithuania. On 17 June … marched into Latvia and Estonia.": acts of force told in one paragraph, dated to
    // the day within a month of each other, are one campaign; the later place joins the episode (bounded by the paragraph and the month).
    private EpisodeDraft? OneCampaign(Claim claim, List<EpisodeDraft> created, Dictionary<EpisodeDraft, List<Claim>> owned)
    {
        if (IsAid(claim.Kind) || !claim.DatedInSentence || claim.Date!.Value.Precision != DatePrecision.Day) return null;
        var episode = created.FirstOrDefault(e => owned[e].Any(c => c.Document == claim.Document && c.Passage.Block.Line == claim.Passage.Block.Line && !IsAid(c.Kind) && c.DatedInSentence
            && c.Date!.Value.Precision == DatePrecision.Day && Math.Abs(c.Date.Value.First.DayNumber - claim.Date.Value.First.DayNumber) <= CampaignDays));
        if (episode is null) return null;
        var gained = claim.Targets.Except(episode.Targets).ToList();
        if (gained.Count == 0) return episode;
        episode.Targets.AddRange(gained);
        var names = episode.Targets.Select(t => gazetteer.Country(t)?.Name ?? t).ToList();
        episode.Place = string.Join(", ", names[..^1]) + " and " + names[^1];
        return episode;
    }

    private const int CampaignDays = 31;

    // Notes under one heading tell a story: "- treaty, March 1977", "- Soviet advisers with the army", "- advisers withdrawn by 1990".
    // An act dated by an earlier line of its section starts an episode when a later line of the section dates its end.
    private static bool EndedInSection(Claim claim, IReadOnlyList<Claim> loose) =>
        claim.DatedInSection && loose.Any(e => e.Role == ActRole.End && e.DatedInSentence && e.Document == claim.Document
            && e.Passage.Block.Section == claim.Passage.Block.Section && e.Targets.Intersect(claim.Targets).Any()
            && e.LastYear >= claim.Year && e.LastYear - claim.Year <= LongestStay);

    // "The withdrawal was completed when General X crossed the bridge": a move told after a withdrawal is the way out, not a new entry.
    private bool ExitMove(Claim claim)
    {
        var at = claim.Sentence.IndexOf(claim.Act, StringComparison.OrdinalIgnoreCase);
        return at > 0 && acts.Find(claim.Sentence).Any(a => a.Value.Role == ActRole.End && a.End <= at);
    }

    /// <summary>"from 1975 to 1991": a sentence stating the whole period of the act.</summary>
    private static bool StatesPeriod(Claim claim) => claim.DatedInSentence && claim.LastYear > claim.Year && claim.Form != ClaimForm.Name;

    // One sentence of aid ("missiles", "advisers") is too weak to make an episode; one of invasion, occupation or blockade, of combat, of troops sent,
    // stating its period or a table row saying what the Soviet side did in a place is not.
    private List<EpisodeDraft> WithoutLoneAid(List<EpisodeDraft> created, Dictionary<EpisodeDraft, List<Claim>> owned)
    {
        var weak = created.Where(e => owned[e].Count == 1 && IsLoneAid(owned[e])).ToList();
        foreach (var episode in weak)
        {
            owners.Release(episode);
            owned.Remove(episode);
        }
        return created.Except(weak).ToList();
    }

    private static bool IsLoneAid(List<Claim> claims) => claims.Count(c => c.Role == ActRole.Intervention) == 1
        && claims.First(c => c.Role == ActRole.Intervention) is var only && !only.Combat && !(only.SendsForces && only.Form == ClaimForm.Statement)
        && !StatesPeriod(only) && !only.InRow && only.Kind is not (EpisodeKind.Invasion or EpisodeKind.Occupation or EpisodeKind.Blockade or EpisodeKind.Coup);

    // "Pyongyang" (North Korea) in 1945 is in Korea: a state whose successor the claim names, still there in the claim's year.
    private IEnumerable<string> Predecessors(IReadOnlyList<string> targets, int year) => gazetteer.Countries
        .Where(c => c.Successors.Intersect(targets).Any() && c.Years?.To >= year)
        .Select(c => c.Slug);

    // "advanced into Manchukuo" in August 1945 joins "## Manchuria, August 1945" (China): a state's land lies in its successor's.
    private IEnumerable<string> Successors(IReadOnlyList<string> targets) => targets.SelectMany(t => gazetteer.Country(t)?.Successors ?? []);

    private static bool IsAid(EpisodeKind kind) => kind is EpisodeKind.MilitaryAid or EpisodeKind.InsurgencySupport;

    /// <summary>Aid, or its end, stretches only an episode of aid: "the new Soviet-backed government" a year after an invasion, or
    /// advisers withdrawn years after it, tell what followed the invasion, not the invasion.</summary>
    internal static bool StretchesEpisodeOf(Claim claim, IReadOnlyList<Claim> episodeClaims) =>
        !IsAid(claim.Kind) || episodeClaims.FirstOrDefault(c => c.Role == ActRole.Intervention) is not { } first || IsAid(first.Kind);

    private static void Widen(EpisodeDraft episode, int from, int to)
    {
        if (from < episode.StartYear) episode.Start = new PartialDate(from);
        if (to > episode.EndYear) episode.End = new PartialDate(to);
    }

    // Name the episode as the sentence names its targets ("Norway and Bornholm"): a region or island
    // before its country's name, the country's name before one of its cities.
    private string PlaceName(Claim claim)
    {
        var names = countryFinder(claim.Sentence)
            .Where(m => claim.Targets.Contains(m.CountrySlug) && m.Form != MentionForm.Adjective)
            .OrderBy(Preference).ThenBy(m => m.Index)
            .GroupBy(m => m.CountrySlug).Select(g => g.First())
            .OrderBy(m => m.Index)
            .Select(m => Capitalised(m.Text.Trim()))
            .Distinct(StringComparer.OrdinalIgnoreCase) // "the Baltic states" names three countries once
            .ToList();
        return names.Count switch
        {
            0 => gazetteer.Country(claim.Targets[0])?.Name ?? claim.Targets[0],
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    private static bool BeganAt(EpisodeDraft episode) => episode.HeadingStartDate && episode.StartYear == episode.EndYear;

    // "the Red Army … leaves Manchuria" does not end "Xinjiang, 1934": an ending naming another part of the country ends another story.
    private bool NamesAnotherPart(Claim claim, EpisodeDraft episode) => countryFinder(claim.Sentence)
        .Any(m => claim.Targets.Contains(m.CountrySlug) && m.Form == MentionForm.Place && !string.Equals(m.Place, episode.Place, StringComparison.OrdinalIgnoreCase));

    private CountryFinder? finder;
    private IReadOnlyList<CountryMention> countryFinder(string text) => (finder ??= new CountryFinder(gazetteer)).Find(text);

    private int Preference(CountryMention mention) => mention.Form switch
    {
        MentionForm.Place when gazetteer.Places.Any(p => p.Name == mention.Place && p.Kind != "city") => 0,
        MentionForm.Place => 2,
        _ => 1,
    };

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
