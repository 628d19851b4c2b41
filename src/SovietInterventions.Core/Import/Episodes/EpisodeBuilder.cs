using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Episodes.Merging;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>
/// The one stage that makes and changes episodes. A section heading naming a place and years is an
/// episode when a claim in its section is about that place; sections are merged across sources; the
/// other claims join an episode of their target at their date or start a new one; the remaining
/// passages are attached to the episode they name. Later stages only read what this stage hands on.
/// </summary>
internal sealed class EpisodeBuilder(EpisodeRules rules, DateFinder dates, CountryFinder countries, IReadOnlySet<string> interveners, Gazetteer gazetteer)
{
    public BuiltEpisodes Build(IReadOnlyList<IReadOnlyList<PassageDraft>> documents, IReadOnlyList<Claim> claims)
    {
        var owners = new PassageOwners();
        var names = new EpisodeNames(rules.Claims, countries, interveners);
        var sections = new SectionEpisodes(dates, countries, interveners, owners, name => names.Name(name) is not null);
        var headed = documents.SelectMany(sections.Find).ToList();
        // A heading is an episode when its section says the Soviet side acted; "The Potsdam Conference, 1945" is not.
        var byClaim = claims.Where(c => c.Role == ActRole.Intervention).ToLookup(c => owners.Of(c.Passage));
        // A heading naming only a city ("The Potsdam Conference, 1945") needs a claim dated or about its place.
        // A heading dated outside the period ("Wikipedia 2019 mongolia ...", a title made from a file name) is no episode, nor one whose
        // section's acts all name other places ("Foreign Relations of the United States, 1977–1980" over Soviet advisers in Ethiopia).
        var kept = headed.Where(e => rules.Claims.InPeriod(e.StartYear) && byClaim[e].Any(c => !NamesOnlyACity(e) || c.DatedInSentence || c.Targets.Intersect(Related(e)).Any())
            && !ActsOnlyElsewhere(e, byClaim[e])).ToList();
        foreach (var dropped in headed.Except(kept))
            owners.Release(dropped);

        var episodes = EpisodeMerger.Merge(kept);
        var owned = new Dictionary<EpisodeDraft, List<Claim>>();
        var loose = new List<Claim>();
        foreach (var claim in claims)
        {
            if (owners.Of(claim.Passage) is { } episode && claim.Targets.Count == 0) Own(owned, episode, claim with { Targets = [.. episode.Targets] });
            else if (owners.Of(claim.Passage) is { } same && claim.Targets.Intersect(Related(same)).Any()) Own(owned, same, claim);
            else if (claim.Targets.Count > 0) loose.Add(claim);
        }

        foreach (var (episode, list) in owned)
        {
            EndAtOwnEnding(episode, list);
            StartInWinterAsClaimed(episode, list);
        }

        var clusters = new ClaimClusters(gazetteer, owners, rules.Claims.Acts);
        var sectionYears = new SectionYears(documents.SelectMany(d => d), rules.Claims);
        var created = clusters.Place(loose, episodes, owned, sectionYears);
        episodes.AddRange(created);
        // A section whose every act told another episode's years is no episode of its own, as a section with no act is not.
        foreach (var emptied in MoveOtherYearsActs(episodes, created, owned, owners, clusters).Where(e => !owned[e].Any(c => c.Role == ActRole.Intervention)).ToList())
        {
            episodes.Remove(emptied);
            created.Remove(emptied);
            owned.Remove(emptied);
            owners.Release(emptied);
        }
        JoinUnclaimedSections(headed.Except(kept), episodes);
        // "about 26,000 Soviet troops stormed the city" under a heading on Baku, 1990: force in the Soviet Union's own republics is no
        // foreign intervention (data/countries.json sovietRepublic).
        foreach (var inside in episodes.Where(e => e.Targets.Count > 0 && e.Targets.All(t => gazetteer.Country(t)?.InsideSovietUnion(e.StartYear, e.EndYear) == true)).ToList())
        {
            episodes.Remove(inside);
            created.Remove(inside);
            owned.Remove(inside);
            owners.Release(inside);
        }

        var all = documents.SelectMany(d => d).ToList();
        var titles = all.Where(p => p.IsHeading && p.Text == p.Document.Title).GroupBy(p => p.Document).ToDictionary(g => g.Key, g => g.First());
        var attacher = new PassageAttacher(rules, interveners, owners, Heirs,
            (passage, episode) => !Names(passage.Document, titles.GetValueOrDefault(passage.Document), episode) && OpensWithAnotherPower(passage, episode));
        var outside = all.Where(p => !owners.Holds(p) && !p.IsHeading).ToList();
        var left = attacher.Attach(outside, all, episodes, sectionYears);
        var paragraphs = new ParagraphStories(all, owners, attacher, episodes);
        FollowSectionClaims(left, claims, attacher, owners, paragraphs);
        JoinNeighbours(left, all, attacher, owners);
        new StoryPassages(attacher, owners, ServesAnother, paragraphs.GoesOnWithAnother).Attach(left, all, episodes);
        new InfoboxPeriods(dates, countries, interveners, rules.Claims.Agents.AnyIn).Widen(documents, episodes, owned);
        foreach (var episode in created.Where(e => EpisodeKinds.Kind(owned[e], rules, "") is not (EpisodeKind.MilitaryAid or EpisodeKind.InsurgencySupport)))
            WidenToEvents(episode);
        AddAsides(claims, owned, owners);
        foreach (var episode in episodes.Where(e => e.CommonName is { } name && !NamesTheAct(name))) episode.CommonName = null;
        names.Name(episodes.Where(e => e.CommonName is null).ToList(), owned);
        attacher.Share(all, episodes, outside.ToHashSet());
        ShareOwnClaims(episodes, owned);
        foreach (var episode in episodes) RestatedPassages.Fold(episode);
        var labels = new LinkedArticles(new LinkLabels(rules.Claims, countries, interveners)).Share(documents, episodes, owned, claims);
        return new([.. episodes.Select(e => BuiltEpisode.From(e, owned.GetValueOrDefault(e) ?? []))], labels);
    }

    /// <summary>
    /// "On 17 September 1939, the Soviet Union invaded Poland" under "1944–1946: Poland": a passage of an episode's section whose
    /// acts, and every date it gives, lie more than a year outside the episode tells another episode of the same country when
    /// one holds those dates. That episode takes it, with its acts and the undated passages that go on telling it. With none,
    /// an invasion or occupation it states on a day or in a month, years before the episode, founds that episode (a later one is
    /// more often looked back on: "in December 1989 the governments that had taken part in the invasion apologised"); any other
    /// act stays: it may be the run-up ("the civil war began with the coup of 1962") or a heading's years too narrow for the aid
    /// its section tells ("between 1981 and 1985 peaked at $1.7 billion").
    /// </summary>
    /// <returns>The episodes that gave acts away.</returns>
    private HashSet<EpisodeDraft> MoveOtherYearsActs(List<EpisodeDraft> episodes, List<EpisodeDraft> created, Dictionary<EpisodeDraft, List<Claim>> owned,
        PassageOwners owners, ClaimClusters clusters)
    {
        var gave = new HashSet<EpisodeDraft>();
        foreach (var (episode, claims) in owned.ToList())
        {
            foreach (var passage in episode.Passages.Where(p => p.Block.Section is not null && !p.IsHeading).ToList())
            {
                if (owners.Of(passage) != episode) continue;
                var acts = claims.Where(c => c.Passage == passage).ToList();
                var own = passage.Dates.Where(d => !d.Attributive).Select(d => (From: d.Start.Year, To: (d.End ?? d.Start).Year)).ToList();
                if (own.Count == 0 || own.Any(y => episode.Overlaps(y.From, y.To, slack: 1))
                    || !acts.Any(c => c.Role == ActRole.Intervention && c.DatedInSentence) || acts.Any(c => c.Year is null || episode.Overlaps(c.Year.Value, c.LastYear!.Value, slack: 1)))
                    continue;
                var homes = episodes.Where(e => e != episode && e.Targets.Intersect(Related(episode)).Any() && own.All(y => e.Overlaps(y.From, y.To))).ToList();
                // Every date the passage gives must fall within the founded episode's years, as it must within a home's.
                if (homes.Count == 0 && acts.FirstOrDefault(c => Founds(c, episode)) is { } founding
                    && own.All(y => y.From >= founding.Year - 1 && y.To <= founding.LastYear + 1))
                {
                    homes = [clusters.Found(founding)];
                    episodes.Add(homes[0]);
                    created.Add(homes[0]);
                }
                if (homes.Count != 1) continue;
                gave.Add(episode);
                foreach (var told in Told(passage, episode, owners).ToList())
                {
                    owners.Move(told, homes[0]);
                    foreach (var claim in claims.Where(c => c.Passage == told).ToList())
                    {
                        claims.Remove(claim);
                        Own(owned, homes[0], claim);
                    }
                }
            }
        }
        return gave;
    }

    // "On 17 September 1939, the Soviet Union invaded Poland" under "1944–1946: Poland": an invasion or occupation of the section's
    // country stated and dated to its month or day in its own sentence is an episode of its own. One whose sentence names no place
    // ("past Berlin in June 1953 …, when Soviet tank columns moved toward the capital" under "Budapest, 1956") may be anywhere.
    private bool Founds(Claim claim, EpisodeDraft episode) =>
        claim is { Role: ActRole.Intervention, DatedInSentence: true, Form: ClaimForm.Statement, Kind: EpisodeKind.Invasion or EpisodeKind.Occupation, NamesTarget: true }
        && claim.Date!.Value.Precision >= DatePrecision.Month && claim.LastYear < episode.StartYear
        && claim.Targets.Count > 0 && claim.Targets.All(Related(episode).Contains);

    // The passage and the undated ones right after it in its section that its episode holds: they go on telling the same story.
    private static IEnumerable<PassageDraft> Told(PassageDraft passage, EpisodeDraft episode, PassageOwners owners)
    {
        yield return passage;
        var next = passage;
        foreach (var p in episode.Passages.Where(p => p.Document == passage.Document && p.Position > passage.Position).OrderBy(p => p.Position).ToList())
        {
            if (p.Position != next.Position + 1 || p.Block.Section != passage.Block.Section || p.IsHeading || p.YearSpans.Any() || owners.Of(p) != episode) yield break;
            yield return next = p;
        }
    }

    // "On 30 March, the Red Army entered Austria and captured Vienna" inside another episode's paragraph: an episode every one of
    // whose claims stands in passages other episodes own shows those passages, so that its page tells what it cites.
    private static void ShareOwnClaims(List<EpisodeDraft> episodes, Dictionary<EpisodeDraft, List<Claim>> owned)
    {
        foreach (var episode in episodes.Where(e => e.Passages.Count == 0 && owned.ContainsKey(e)))
            foreach (var passage in owned[episode].Select(c => c.Passage).Distinct().Where(p => !episode.SharedPassages.Contains(p)))
                episode.SharedPassages.Add(passage);
    }

    // "## Manchuria: the railway war (1929)" with no sentence naming the Soviet side: a section whose heading names the place and
    // years of an episode the claims found tells that episode too; it joins it, and makes none of its own.
    private void JoinUnclaimedSections(IEnumerable<EpisodeDraft> sections, List<EpisodeDraft> episodes)
    {
        // A city alone ("The Potsdam Conference, July 1945") names a meeting more often than an episode.
        foreach (var section in sections.Where(s => rules.Claims.InPeriod(s.StartYear) && !NamesOnlyACity(s)))
        {
            var episode = episodes.FirstOrDefault(e => section.Targets.Intersect(e.Targets).Any()
                && e.StartYear <= section.StartYear && section.StartYear <= e.EndYear);
            if (episode is null) continue;
            foreach (var passage in section.Passages.Where(p => !section.Owners.Holds(p))) episode.Add(passage);
            // "V. FINLAND, THE WINTER WAR 1939–40" over an episode its claims date 1939: the heading states the end, as a section
            // with a claim of its own would have (its episode takes exactly the heading's years).
            if (section.EndYear > episode.EndYear) episode.End = section.End;
        }
    }

    // "Kabul, 1979" names the year the story began: a withdrawal its own section dates later ("the last units left in 1989"), or an
    // act it says lasted to a later year ("from 1970 to 1972 Soviet units defended …"), ends it.
    // A heading's range ("1979–1989") states both ends and stays.
    private static void EndAtOwnEnding(EpisodeDraft episode, List<Claim> claims)
    {
        if (episode.StartYear != episode.EndYear) return;
        var last = claims.Where(c => (c.Role == ActRole.End && ClaimClusters.StretchesEpisodeOf(c, claims)
                || c.Role == ActRole.Intervention && c.EndDate is not null) && c.DatedInSentence && c.LastYear > episode.EndYear
            && c.LastYear - episode.StartYear <= ClaimClusters.LongestStay).Max(c => c.LastYear);
        if (last is { } year) episode.End = new PartialDate(year);
    }

    // "Urumqi under siege (winter 1933–34)" whose acts its section dates to January 1934: a winter across two years names the season,
    // the claims the year the act began. Every act dated in its own sentence must fall in the later year.
    private static void StartInWinterAsClaimed(EpisodeDraft episode, List<Claim> claims)
    {
        if (!episode.WinterAcrossYears || episode.EndYear != episode.StartYear + 1) return;
        var dated = claims.Where(c => c.Role == ActRole.Intervention && c.DatedInSentence && c.Year is not null).ToList();
        // The first act must be dated to its month ("January 1934"), so the text says when in the winter it came.
        if (dated.Count > 0 && dated.All(c => c.Year == episode.EndYear) && dated.MinBy(c => c.Date!.Value)!.Date!.Value.Precision >= DatePrecision.Month)
            episode.Start = new PartialDate(episode.EndYear);
    }

    // A statement in an episode's own passages that another episode took, within its years ("the Soviet Union entered Warsaw" under
    // "1945: Germany"): an aside that may lead the page when no claim names the episode's place.
    private static void AddAsides(IReadOnlyList<Claim> claims, Dictionary<EpisodeDraft, List<Claim>> owned, PassageOwners owners)
    {
        foreach (var claim in claims.Where(c => c.Role == ActRole.Intervention && c.Form == ClaimForm.Statement))
        {
            if (owners.Of(claim.Passage) is not { } episode) continue;
            if (claim.Year is { } year && !episode.Overlaps(year, claim.LastYear!.Value, slack: 1)) continue;
            if (!owned.TryGetValue(episode, out var list)) owned[episode] = list = [];
            if (list.Any(c => c.Passage == claim.Passage && c.SentenceIndex == claim.SentenceIndex)) continue;
            list.Add(claim with { Role = ActRole.Aside });
        }
    }

    // A heading's own name titles the episode when it names the act ("Winter War", "Berlin Blockade"), not another side's
    // event ("Hungarian Revolution", "Finnish offensive phase").
    private bool NamesTheAct(string name) =>
        rules.Claims.Acts.AnyIn(name) && (rules.Claims.Agents.AnyIn(name)
            || !countries.Find(name).Any(m => m.Form == MentionForm.Adjective && !interveners.Contains(m.CountrySlug)));

    private bool ActsOnlyElsewhere(EpisodeDraft episode, IEnumerable<Claim> claims)
    {
        var related = Related(episode).ToHashSet();
        var placed = claims.Where(c => c.Targets.Count > 0).ToList();
        if (placed.Count == 0 || placed.Any(c => c.Targets.Any(related.Contains))) return false;
        // A section that names the heading's place below it is about that place, though its acts are read with other places.
        return !episode.Passages.Any(p => !p.IsHeading && countries.Find(p.Text).Any(m => related.Contains(m.CountrySlug)));
    }

    private bool NamesOnlyACity(EpisodeDraft episode) => countries.Find(episode.Place).All(m =>
        m.Form == MentionForm.Place && gazetteer.Places.Any(p => p.Name == m.Place && p.Kind == "city"));

    // A yearless date naming the place and the Soviet side, placed before its dated neighbour ("On 26 November" before
    // "1 February 1945"), moves a new episode's start back by up to a year.
    private void WidenToEvents(EpisodeDraft episode)
    {
        var events = new EpisodeEvents(dates).Find(episode.Passages, episode.StartYear, episode.EndYear, keepNeighbourYears: true);
        foreach (var e in events.Where(e => episode.Overlaps(e.Date.Year, e.Date.Year, slack: 1)))
        {
            if (e.Text.Contains(e.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)) continue;
            if (!rules.Claims.Agents.AnyIn(e.Text) || !countries.Find(e.Text).Any(m => episode.Targets.Contains(m.CountrySlug))) continue;
            if (e.Date.Year < episode.StartYear) episode.Start = new PartialDate(e.Date.Year);
        }
    }

    // "Korea" for a war of 1950: a target state gone before the episode began stands for its successors ("Pyongyang" is North Korea).
    private IEnumerable<string> Heirs(EpisodeDraft episode) => episode.Targets
        .Select(t => gazetteer.Country(t)).OfType<CountryEntry>()
        .Where(c => c.Years?.To < episode.StartYear)
        .SelectMany(c => c.Successors);

    // A person or force the gazetteer says served neither the Soviet side nor one of the episode's countries.
    private bool ServesAnother(string actor, EpisodeDraft episode) =>
        gazetteer.Actor(actor)?.Country is { } country && IsAnotherPower(country, episode);

    private bool IsAnotherPower(string country, EpisodeDraft episode) => !interveners.Contains(country) && !Related(episode).Contains(country);

    // "Cuban Missile Crisis", "Prague Spring": a title naming one of the episode's countries (its heading's places), or the episode's
    // name, is about it.
    private bool Names(ParsedDocument document, PassageDraft? title, EpisodeDraft episode) =>
        title is not null && title.Countries.Any(m => Related(episode).Contains(m.CountrySlug))
        || episode.CommonName is { } name && document.Title.Contains(name, StringComparison.OrdinalIgnoreCase);

    // "On March 31, 1939, Great Britain extended a guarantee to Poland": the first country or person a passage names is another
    // power's, acting itself; "Israeli Phantoms began raids" names its forces, acting in the episode's war.
    private bool OpensWithAnotherPower(PassageDraft passage, EpisodeDraft episode)
    {
        var country = passage.Countries.MinBy(m => m.Index);
        if (country?.Form == MentionForm.Adjective) return false;
        var actor = passage.Actors.MinBy(a => a.Index);
        return actor is not null && (country is null || actor.Index < country.Index) ? ServesAnother(actor.ActorSlug, episode)
            : country is not null && IsAnotherPower(country.CountrySlug, episode);
    }

    // Its targets and the states before or after them on the same land ("Manchukuo" in a section on China).
    private IEnumerable<string> Related(EpisodeDraft episode) => gazetteer.WithKin(episode.Targets);

    public static void Own(Dictionary<EpisodeDraft, List<Claim>> owned, EpisodeDraft episode, Claim claim)
    {
        if (!owned.TryGetValue(episode, out var list)) owned[episode] = list = [];
        list.Add(claim);
        if (!episode.Owners.Holds(claim.Passage)) episode.Add(claim.Passage);
    }

    /// <summary>
    /// "Khalkhin Gol", a section whose acts dated in their own sentences are all one episode's ("on 20 August Zhukov attacked
    /// both Japanese wings"): it tells that episode, though its heading gives no year and its sentences name other countries
    /// ("Mongolian border guards clashed with Manchukuo cavalry"). Its passages no episode took join it when they are dated
    /// within its years and name none of the countries or one of the episode's (a long article's section that tells one
    /// episode's act also tells its neighbours' stories, and its undated sentences more of them than of the episode); undated,
    /// when they name one of the episode's own places.
    /// </summary>
    private void FollowSectionClaims(IEnumerable<PassageDraft> left, IReadOnlyList<Claim> claims, PassageAttacher attacher, PassageOwners owners,
        ParagraphStories paragraphs)
    {
        var bySection = claims.Where(c => c.Role == ActRole.Intervention && c.DatedInSentence && c.Passage.Block.Section is not null && owners.Of(c.Passage) is not null)
            .GroupBy(c => (c.Passage.Document, c.Passage.Block.Section))
            .Where(g => g.Select(c => owners.Of(c.Passage)).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => (Episode: owners.Of(g.First().Passage)!, InPassing: InPassing([.. g], owners.Of(g.First().Passage)!)));
        foreach (var passage in left.Where(p => p.Block.Kind != PassageKind.Caption && !owners.Holds(p)))
        {
            if (!bySection.TryGetValue((passage.Document, passage.Block.Section), out var section)) continue;
            var (episode, inPassing) = section;
            if (paragraphs.GoesOnWithAnother(passage, episode)) continue;
            var named = attacher.NamedCountries(passage, includeAdjectives: true, placesFirst: false);
            // Dated, where the section's act is a mention in passing, it must lie within a year of that act.
            // Undated, it must name the episode's own place ("Moscow sent an envoy to each capital: Dekanozov to Kaunas …").
            if (passage.YearSpans.Any()
                    ? passage.YearSpans.All(y => episode.Overlaps(y.From, y.To)
                        && (inPassing is not { } act || y.From <= act.LastYear + 1 && y.To >= act.Year - 1))
                      && (named.Count == 0 || named.Intersect(Related(episode)).Any())
                    : attacher.NamedCountries(passage, includeAdjectives: false, placesFirst: false).Intersect(episode.Targets).Any())
                episode.Add(passage);
        }
    }

    /// <summary>
    /// The section's one act when it is the only passage its document gives the episode: a mention in passing. "In 1936 … the
    /// Soviets supported the Republic" in the background of an article on the pact does not make its May 1939 a Spanish story,
    /// however long the Spanish episode runs.
    /// </summary>
    private static Claim? InPassing(List<Claim> section, EpisodeDraft episode) =>
        section is [var only] && episode.Passages.Count(p => p.Document == only.Passage.Document) == 1 ? only : null;

    /// <summary>So many countries besides an episode's, named in a sentence, make it about the powers, not the episode.</summary>
    private const int ComparedCountries = 2;

    // Countries named by their names, not by a city in them: "Sov. pressure: Dresden (Mar), Warsaw letter (July), Bratislava
    // (3 Aug)" lists the meetings of one crisis.
    private int OtherCountriesNamed(PassageDraft passage, PassageAttacher attacher, EpisodeDraft episode) =>
        passage.Countries.Where(m => m.Form is MentionForm.Name or MentionForm.Alias).Select(m => m.CountrySlug)
            .Intersect(attacher.NamedCountries(passage, includeAdjectives: false, placesFirst: false)).Except(Related(episode)).Count();

    /// <summary>
    /// An undated sentence joins the episode of the sentence just before or after it in its document
    /// when they name the same country; its year then comes from that neighbour (see EpisodeEvents). One naming two other
    /// countries as well compares or lists powers: "In a post-war Europe, Britain, France, and Germany were no longer dominant
    /// players" beside "By 1945, Germany lay in ruins" tells no episode of Germany's.
    /// </summary>
    private void JoinNeighbours(IEnumerable<PassageDraft> left, IReadOnlyList<PassageDraft> all, PassageAttacher attacher, PassageOwners owners)
    {
        var index = all.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        foreach (var passage in left.Where(p => !owners.Holds(p) && p.Block.Kind != PassageKind.Caption && !p.YearSpans.Any()))
        {
            var named = attacher.NamedCountries(passage, includeAdjectives: false);
            var at = index[passage];
            var neighbour = new[] { at + 1, at - 1 }
                .Where(i => i >= 0 && i < all.Count && all[i].Document == passage.Document)
                .Select(i => owners.Of(all[i]))
                .FirstOrDefault(e => e is not null && e.Targets.Intersect(named).Any() && OtherCountriesNamed(passage, attacher, e) < ComparedCountries);
            neighbour?.Add(passage);
        }
    }
}
