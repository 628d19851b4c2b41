using System.Runtime.ExceptionServices;
using SovietInterventions.Core.Import.Claims;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import;

/// <summary>
/// The importer's stages in order, one folder each: Reading (each file) → Formats (parse into the common document
/// model) → Mentions (dates, countries and actors in every block) → Claims (sentence by sentence) → Episodes (from
/// claims and headings: the only stage that makes or changes episodes; it hands on immutable records) → Entries
/// (what each episode's page says, and context events) → Writing.
/// </summary>
internal sealed class ImportPipeline(Gazetteer gazetteer, EpisodeRules rules)
{
    // A work cited by its author and year ("Garver (1988) stresses …") is known by the present-tense verbs of citing.
    private readonly DateFinder dates = new(gazetteer.Discovery.PresentVerbs);
    private readonly CountryFinder countries = new(gazetteer);
    private readonly IReadOnlySet<string> interveners = gazetteer.Countries.Where(c => c.Intervener).Select(c => c.Slug).ToHashSet();

    public ImportModel Run(IEnumerable<SourceText> sources, Action<string>? progress = null) => Run(Parse(sources), progress);

    /// <summary>Parses the documents in file-name order. It needs no reference data, so an import does it while that loads.</summary>
    public static IReadOnlyList<ParsedDocument> Parse(IEnumerable<SourceText> sources)
    {
        var texts = sources.OrderBy(s => s.FileName, StringComparer.Ordinal).ToList();
        return OnEveryCore(texts, t => Guarded([t.FileName], at => DocumentParser.Parse(at.At(t.FileName, null, t))));
    }

    public ImportModel Run(IReadOnlyList<ParsedDocument> documents, Action<string>? progress = null)
    {
        foreach (var document in documents)
            progress?.Invoke($"{document.FileName}: {document.Format}, \"{document.Title}\", {document.Blocks.Count} blocks, {document.Warnings.Count} warnings");
        return Guarded(documents.Select(d => d.FileName), at => Stages(documents, at, progress));
    }

    private static T Guarded<T>(IEnumerable<string> fileNames, Func<ReadingPosition, T> stage)
    {
        var at = new ReadingPosition();
        try
        {
            return stage(at);
        }
        catch (Exception e) when (e is not ImportException)
        {
            // A bug must still say which document (and line) it stopped on, and leave the previous database as it was.
            throw at.FileName is { } file
                ? new ImportException(file, at.Line, $"internal error while reading this document: {e.Message}", e)
                : new ImportException(string.Join(", ", fileNames), null, $"internal error while reading these documents: {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads each item on every core, keeping their order: the import has two cores and these stages read each document
    /// or episode on its own (the finders they share only read, or cache in concurrent maps). Every item is read, so the
    /// failure reported is the first item's, as when they were read one by one.
    /// </summary>
    private static List<TResult> OnEveryCore<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> read)
    {
        var results = new TResult[items.Count];
        var failures = new ExceptionDispatchInfo?[items.Count];
        Parallel.For(0, items.Count, i =>
        {
            try { results[i] = read(items[i]); }
            catch (Exception e) { failures[i] = ExceptionDispatchInfo.Capture(e); }
        });
        Array.Find(failures, f => f is not null)?.Throw();
        return [.. results];
    }

    /// <summary>The document and block the per-document stages are reading, for an internal error's message.</summary>
    private sealed class ReadingPosition
    {
        public string? FileName { get; private set; }
        public int? Line { get; private set; }

        public T At<T>(string fileName, int? line, T value)
        {
            (FileName, Line) = (fileName, line);
            return value;
        }

        /// <summary>The stages after this one read every document at once.</summary>
        public void Clear() => (FileName, Line) = (null, null);
    }

    private ImportModel Stages(IReadOnlyList<ParsedDocument> documents, ReadingPosition at, Action<string>? progress)
    {
        // Each stage's time, so that a slow import says where it spends it (docs/benchmarks.md).
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lap = 0L;
        void Done(string stage)
        {
            progress?.Invoke($"  {stage} in {clock.ElapsedMilliseconds - lap} ms");
            lap = clock.ElapsedMilliseconds;
        }
        var duplicate = documents.GroupBy(d => Writing.Slug.From(Path.GetFileNameWithoutExtension(d.FileName))).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ImportException(duplicate.Last().FileName, null, $"its name gives the same page address as {duplicate.First().FileName}; rename one of them.");

        var actors = new ActorFinder(gazetteer);
        // An infobox's commanders ("Major General X") introduce people as its prose does.
        actors.Learn(documents.SelectMany(d => d.Blocks.Select(b => at.At(d.FileName, b.Line, b.Text)).Concat(InfoboxCommanders.Values(d)).Select(text => (d.FileName, text))));
        at.Clear();
        Done("names learned");
        var passages = OnEveryCore(documents, d => Guarded([d.FileName], position => Facts(d, actors, position)));
        Done("mentions read");

        var claimFinder = new ClaimFinder(rules.Claims, countries, dates, interveners);
        var claims = OnEveryCore(passages.Where(d => d.Count > 0).ToList(),
                d => Guarded([d[0].Document.FileName], position => position.At(d[0].Document.FileName, null, claimFinder).Find(d).ToList()))
            .SelectMany(c => c).ToList();
        Done("claims read");
        var (built, labels) = new EpisodeBuilder(rules, dates, countries, interveners, gazetteer).Build(passages, claims);

        Done("episodes built");
        var reader = new EpisodeFactsReader(rules, dates, new EpisodeEvents(dates, new OtherEpisodes(built), rules.TimedThings, rules.Claims), gazetteer, interveners, actors,
            claims.ToLookup(c => c.Passage));
        var results = OnEveryCore(built, e => new EpisodeResult(e, Guarded(e.Passages.Select(p => p.Document.FileName).Distinct(), _ => reader.Read(e))));
        var attached = built.SelectMany(e => e.Passages).ToHashSet();
        var unattached = passages.SelectMany(p => p).Where(p => !attached.Contains(p) && claimFinder.IsNarrative(p));
        var contextEvents = new ContextEvents(rules, interveners).Find(unattached, built);

        Done("entries read");
        var warnings = documents.SelectMany(d => d.Warnings).ToList();
        return new ImportModel(documents, passages.SelectMany(p => p).Concat(labels).ToList(), results, contextEvents, gazetteer, rules.KindLooks, actors.Learned, warnings);
    }

    private List<PassageDraft> Facts(ParsedDocument document, ActorFinder actors, ReadingPosition at) =>
        document.Blocks.Select((block, i) =>
        {
            at.At(document.FileName, block.Line, block);
            var named = actors.Find(block.Text);
            return new PassageDraft
            {
                Document = document,
                Block = block,
                Position = i + 1,
                Dates = dates.Find(block.Text),
                // A place inside an actor's name ("Warsaw Pact", "Hungarian Communist Party") is not the place.
                Countries = OutsideNames(countries.Find(block.Text), named),
                Actors = named,
            };
        }).ToList();

    // One pass over the names sorted by start, then a binary search per place: a check of every place against every
    // name made a long paragraph quadratic.
    private static List<CountryMention> OutsideNames(IReadOnlyList<CountryMention> places, IReadOnlyList<ActorMention> names)
    {
        if (names.Count == 0) return places.ToList();
        var spans = names.Select(a => (Start: a.Index, End: a.Index + a.Length)).OrderBy(s => s.Start).ToArray();
        var furthest = new int[spans.Length];
        for (var i = 0; i < spans.Length; i++) furthest[i] = Math.Max(spans[i].End, i > 0 ? furthest[i - 1] : 0);
        return places.Where(p => !Covered(spans, furthest, p.Index, p.Index + p.Length)).ToList();
    }

    // Inside a longer name: one starting before the place and ending at or after it, or starting with it and ending later.
    private static bool Covered((int Start, int End)[] spans, int[] furthest, int start, int end)
    {
        int low = 0, high = spans.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (spans[middle].Start < start) low = middle + 1;
            else high = middle;
        }
        if (low > 0 && furthest[low - 1] >= end) return true;
        for (var i = low; i < spans.Length && spans[i].Start == start; i++)
            if (spans[i].End > end) return true;
        return false;
    }
}
