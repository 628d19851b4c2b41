using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// Writes an import's entity graphs with one prepared INSERT per table in a single transaction: ids are numbered here in the
/// order EF Core would have given them, and every foreign key is taken from its navigation, as EF Core's fix-up would.
/// </summary>
internal sealed class RowWriter(SqliteConnection connection, SqliteTransaction transaction)
{
    /// <summary>Every table and the columns written to it, in insert order (ImportSchemaTests compares them with the model).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>
    {
        ["Countries"] = ["Id", "Slug", "Name", "Iso3", "IsHistorical", "Region", "NotOnMap"],
        ["CountryAliases"] = ["Id", "CountryId", "Name"],
        ["CountrySuccessions"] = ["HistoricalId", "SuccessorId"],
        ["Sources"] = ["Id", "Slug", "FileName", "Title", "Format", "Url", "Author", "Licence", "RetrievedOn", "Sha256"],
        ["Episodes"] = ["Id", "Slug", "Title", "ShortTitle", "CommonName", "Kind", "Side", "Start", "End", "StartYear", "EndYear", "Summary", "Discrepancy"],
        ["Passages"] = ["Id", "SourceDocumentId", "SectionPath", "Kind", "Text", "Position", "Line", "Depth", "EpisodeId"],
        ["Actors"] = ["Id", "Slug", "Name", "Type", "Description", "Discovered"],
        ["ActorAliases"] = ["Id", "ActorId", "Name"],
        ["EpisodeCountries"] = ["EpisodeId", "CountryId", "Role", "PassageId"],
        ["EpisodeActors"] = ["EpisodeId", "ActorId", "Role", "AlsoMentioned", "PassageId"],
        ["Events"] = ["Id", "Date", "Year", "Text", "EpisodeId", "PassageId"],
        ["EventLinks"] = ["EventId", "EpisodeId"],
        ["EventSources"] = ["EventId", "Order", "PassageId"],
        ["NarrativeEntries"] = ["Id", "EpisodeId", "Order", "PassageId", "Elsewhere", "RepeatOfPassageId"],
        ["SharedPassages"] = ["EpisodeId", "PassageId"],
        ["LeadSentences"] = ["Id", "EpisodeId", "Order", "Text", "PassageId"],
        ["InfoboxEntries"] = ["Id", "EpisodeId", "Field", "Order", "Value", "PassageId"],
        ["SlugRedirects"] = ["Id", "Entity", "OldSlug", "CurrentSlug"],
        ["ImportInfo"] = ["Id", "ImportedAt", "SeedsHash", "Warnings"],
    };

    public void Write(ImportRows rows)
    {
        ImportSchema.CreateTables(connection, transaction);
        Countries(rows.Countries);
        Sources(rows.Sources, rows.Episodes);
        EpisodesAndLinks(rows.Episodes);
        Events(rows.Episodes.SelectMany(e => e.Events.Select(v => (v, (Episode?)e))).Concat(rows.Events.Select(v => (v, v.Episode))));
        using (var redirects = Insert("SlugRedirects"))
            foreach (var (r, id) in Numbered(rows.SlugRedirects, (r, id) => r.Id = id))
                redirects.Row(id, r.Entity, r.OldSlug, r.CurrentSlug);
        using (var info = Insert("ImportInfo"))
            foreach (var (i, id) in Numbered(rows.ImportInfo, (i, id) => i.Id = id))
                info.Row(id, i.ImportedAt, i.SeedsHash, i.Warnings);
        ImportSchema.CreateIndexes(connection, transaction);
    }

    private void Countries(List<Country> countries)
    {
        using (var insert = Insert("Countries"))
            foreach (var (c, id) in Numbered(countries, (c, id) => c.Id = id))
                insert.Row(id, c.Slug, c.Name, c.Iso3, c.IsHistorical, c.Region, c.NotOnMap);
        using (var aliases = Insert("CountryAliases"))
            foreach (var (a, id) in Numbered(countries.SelectMany(c => c.Aliases.Select(a => { a.CountryId = c.Id; return a; })), (a, id) => a.Id = id))
                aliases.Row(id, a.CountryId, a.Name);
        using var successions = Insert("CountrySuccessions");
        var links = countries.SelectMany(c => c.Successors.Concat(c.Predecessors)).Distinct(ReferenceEqualityComparer.Instance).Cast<CountrySuccession>();
        foreach (var s in links)
            successions.Row(s.Historical?.Id ?? s.HistoricalId, s.Successor?.Id ?? s.SuccessorId);
    }

    private void Sources(List<SourceDocument> sources, List<Episode> episodes)
    {
        using (var insert = Insert("Sources"))
            foreach (var (s, id) in Numbered(sources, (s, id) => s.Id = id))
                insert.Row(id, s.Slug, s.FileName, s.Title, s.Format, s.Url, s.Author, s.Licence, s.RetrievedOn, s.Sha256);
        using (var insert = Insert("Episodes"))
            foreach (var (e, id) in Numbered(episodes, (e, id) => e.Id = id))
                insert.Row(id, e.Slug, e.Title, e.ShortTitle, e.CommonName, e.Kind, e.Side, e.Start, e.End, e.StartYear, e.EndYear, e.Summary, e.Discrepancy);

        // A passage names its episode, or an episode lists its passages: either side links them.
        var listed = new Dictionary<Passage, Episode>(ReferenceEqualityComparer.Instance);
        foreach (var e in episodes)
            foreach (var p in e.Passages) listed.TryAdd(p, e);
        using var passages = Insert("Passages");
        foreach (var (p, id) in Numbered(sources.SelectMany(s => s.Passages.Select(p => { p.SourceDocumentId = s.Id; return p; })), (p, id) => p.Id = id))
        {
            var episode = p.Episode ?? listed.GetValueOrDefault(p);
            passages.Row(id, p.SourceDocumentId, p.SectionPath, p.Kind, p.Text, p.Position, p.Line, p.Depth, episode?.Id ?? p.EpisodeId);
        }
    }

    private void EpisodesAndLinks(List<Episode> episodes)
    {
        var actors = episodes.SelectMany(e => e.Actors).Select(a => a.Actor).Where(a => a is not null)
            .Distinct(ReferenceEqualityComparer.Instance).Cast<Actor>().ToList();
        using (var insert = Insert("Actors"))
            foreach (var (a, id) in Numbered(actors, (a, id) => a.Id = id))
                insert.Row(id, a.Slug, a.Name, a.Type, a.Description, a.Discovered);
        using (var aliases = Insert("ActorAliases"))
            foreach (var (a, id) in Numbered(actors.SelectMany(x => x.Aliases.Select(a => { a.ActorId = x.Id; return a; })), (a, id) => a.Id = id))
                aliases.Row(id, a.ActorId, a.Name);

        using var countries = Insert("EpisodeCountries");
        using var actorLinks = Insert("EpisodeActors");
        using var lead = Insert("LeadSentences");
        using var infobox = Insert("InfoboxEntries");
        int leadId = 0, infoboxId = 0;
        foreach (var e in episodes)
        {
            foreach (var c in e.Countries) countries.Row(e.Id, c.Country?.Id ?? c.CountryId, c.Role, c.PassageId);
            foreach (var a in e.Actors) actorLinks.Row(e.Id, a.Actor?.Id ?? a.ActorId, a.Role, a.AlsoMentioned, a.Passage?.Id ?? a.PassageId);
            foreach (var l in e.Lead) lead.Row(l.Id = ++leadId, e.Id, l.Order, l.Text, l.Passage?.Id ?? l.PassageId);
            foreach (var i in e.Infobox) infobox.Row(i.Id = ++infoboxId, e.Id, i.Field, i.Order, i.Value, i.Passage?.Id ?? i.PassageId);
        }
        using (var shared = Insert("SharedPassages"))
            foreach (var e in episodes)
                foreach (var s in e.SharedPassages) shared.Row(e.Id, s.Passage?.Id ?? s.PassageId);
        using var narrative = Insert("NarrativeEntries");
        var narrativeId = 0;
        foreach (var e in episodes)
            foreach (var n in e.Narrative)
                narrative.Row(n.Id = ++narrativeId, e.Id, n.Order, n.Passage?.Id ?? n.PassageId, n.Elsewhere, n.RepeatOf?.Id ?? n.RepeatOfPassageId);
    }

    private void Events(IEnumerable<(DatedEvent Event, Episode? Episode)> events)
    {
        var written = events.DistinctBy(x => x.Event, ReferenceEqualityComparer.Instance).ToList();
        using (var insert = Insert("Events"))
            foreach (var ((v, episode), id) in Numbered(written, (x, id) => x.Event.Id = id))
                insert.Row(id, v.Date, v.Year, v.Text, episode?.Id ?? v.EpisodeId, v.Passage?.Id ?? v.PassageId);
        using (var links = Insert("EventLinks"))
            foreach (var (v, _) in written)
                foreach (var link in v.RelatedEpisodes)
                    links.Row(v.Id, link.Episode?.Id ?? link.EpisodeId);
        using var sources = Insert("EventSources");
        foreach (var (v, _) in written)
            foreach (var source in v.FurtherSources)
                sources.Row(v.Id, source.Order, source.Passage?.Id ?? source.PassageId);
    }

    private TableInsert Insert(string table) => new(connection, transaction, table, Columns[table]);

    // Numbers rows from 1 in the order given, setting each entity's id as it goes.
    private static IEnumerable<(T Row, int Id)> Numbered<T>(IEnumerable<T> rows, Action<T, int> setId)
    {
        var id = 0;
        foreach (var row in rows)
        {
            setId(row, ++id);
            yield return (row, id);
        }
    }
}
