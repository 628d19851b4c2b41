using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Writing;

/// <summary>
/// Writes an import into a new SQLite file: the gazetteer's countries, the actors episodes name,
/// the documents and every passage, the episodes with their links, events and slug redirects.
/// Everything is sorted first so the same input gives the same rows; <see cref="RowWriter"/> writes them in one transaction.
/// </summary>
internal sealed class DatabaseWriter(ImportModel model, SlugHistory history)
{
    public void Write(string path, string seedsHash)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        // A temporary file that is moved into place only when complete needs no journal or fsync.
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        var db = new ImportRows();

        var countries = Countries(db);
        var actors = new Dictionary<string, Actor>();
        var passages = Passages(db);
        var episodes = Episodes(db, countries, actors, passages);
        ContextEvents(db, passages, episodes);
        NarrativeRows.Arrange(episodes.Values, passages.Values,
            model.Episodes.ToDictionary(e => episodes[e.Draft], e => (IReadOnlySet<Passage>)e.Facts.Told.Select(p => passages[p]).ToHashSet()));

        db.SlugRedirects.AddRange(history.RedirectsFor(
            episodes.Values.Select(e => new SlugHistory.PreviousEpisode(e.Slug, e.StartYear, e.EndYear,
                e.Countries.Where(c => c.Role == CountryRole.Target).Select(c => c.Country.Slug).ToList())).ToList(),
            countries.Values.Select(c => new SlugHistory.PreviousNamed(c.Slug, c.Aliases.Select(a => a.Name).Append(c.Name).ToList())).ToList(),
            actors.Values.Select(a => new SlugHistory.PreviousNamed(a.Slug, a.Aliases.Select(x => x.Name).Append(a.Name).ToList())).ToList()));
        db.ImportInfo.Add(new ImportInfo { ImportedAt = DateTimeOffset.UtcNow, SeedsHash = seedsHash, Warnings = model.Warnings.Count });
        new RowWriter(connection, transaction).Write(db);
        SearchIndex.Build(connection, transaction);
        transaction.Commit();
    }

    private Dictionary<string, Country> Countries(ImportRows db)
    {
        var countries = model.Gazetteer.Countries.OrderBy(c => c.Slug, StringComparer.Ordinal).ToDictionary(c => c.Slug, c => new Country
        {
            Slug = c.Slug, Name = c.Name, Iso3 = c.Iso3, IsHistorical = c.Historical, Region = c.Region, NotOnMap = c.NotOnMap,
            Aliases = c.Aliases.Distinct().Select(a => new CountryAlias { Name = a }).ToList(),
        });
        foreach (var entry in model.Gazetteer.Countries)
            foreach (var successor in entry.Successors)
                countries[entry.Slug].Successors.Add(new CountrySuccession { Historical = countries[entry.Slug], Successor = countries[successor] });
        db.Countries.AddRange(countries.Values);
        return countries;
    }

    private Dictionary<PassageDraft, Passage> Passages(ImportRows db)
    {
        var map = new Dictionary<PassageDraft, Passage>();
        var byDocument = model.Passages.ToLookup(p => p.Document);
        foreach (var document in model.Documents)
        {
            var source = new SourceDocument
            {
                Slug = Slug.From(Path.GetFileNameWithoutExtension(document.FileName)),
                FileName = document.FileName, Title = document.Attribution.Title ?? document.Title, Format = document.Format, Sha256 = document.Sha256,
                Url = document.Attribution.Url, Author = document.Attribution.Author, Licence = document.Attribution.Licence, RetrievedOn = document.Attribution.RetrievedOn,
            };
            foreach (var draft in byDocument[document])
            {
                var passage = new Passage
                {
                    SourceDocument = source, SectionPath = draft.SectionPath, Kind = draft.Block.Kind, Text = draft.Text,
                    Position = draft.Position, Line = draft.Block.Line, Depth = draft.Block.Depth,
                };
                source.Passages.Add(passage);
                map[draft] = passage;
            }
            db.Sources.Add(source);
        }
        return map;
    }

    private Dictionary<BuiltEpisode, Episode> Episodes(
        ImportRows db, Dictionary<string, Country> countries, Dictionary<string, Actor> actors, Dictionary<PassageDraft, Passage> passages)
    {
        var slugs = new EpisodeSlugs();
        var result = new Dictionary<BuiltEpisode, Episode>();
        foreach (var (draft, facts) in model.Episodes.OrderBy(e => e.Draft.Start).ThenBy(e => e.Draft.Place, StringComparer.Ordinal))
        {
            // The slug names the place the title names: the country, where the heading named only a city ("1979-afghanistan", not
            // "1979-bagram"). The heading's own words otherwise, not the gazetteer's common name the title uses, so slugs stay as they were.
            var named = EpisodeTitle.CountriesNamed(
                [.. facts.Countries.Where(c => c.Role == CountryRole.Target).Select(c => countries[c.Country].Name)],
                [.. facts.Countries.Where(c => c.Role == CountryRole.SupportedGovernment).Select(c => countries[c.Country].Name)]);
            var episode = new Episode
            {
                Slug = slugs.For(draft, EpisodeTitle.PlaceOf(draft.Place, named, model.Gazetteer.IsCity)), Title = facts.Title, ShortTitle = facts.Title, Kind = facts.Kind, Summary = facts.Summary, Discrepancy = facts.Discrepancy,
                Start = draft.Start.ToIso(), End = draft.End.ToIso(), StartYear = draft.StartYear, EndYear = draft.EndYear,
            };
            foreach (var passage in draft.Passages) passages[passage].Episode = episode;
            episode.SharedPassages = draft.SharedPassages.Select(p => new SharedPassage { Episode = episode, Passage = passages[p] }).ToList();
            episode.Countries = facts.Countries.Select(c => new EpisodeCountry
            {
                Episode = episode, Country = countries[c.Country], Role = c.Role, PassageId = null,
            }).ToList();
            episode.Side = facts.Side;
            episode.CommonName = facts.CommonName;
            episode.Lead = facts.Lead.Select((l, i) => new LeadSentence { Order = i + 1, Text = l.Text, Passage = passages[l.Passage] }).ToList();
            episode.Infobox = facts.Infobox.Select((r, i) => new InfoboxEntry { Field = r.Field, Order = i + 1, Value = r.Value, Passage = passages[r.Passage] }).ToList();
            episode.Actors = facts.Actors.Select(a => new EpisodeActor
            {
                Episode = episode, Actor = ActorFor(a.Mention, actors), Role = a.Role, AlsoMentioned = a.AlsoMentioned, Passage = passages[a.Passage],
            }).ToList();
            episode.Events = facts.Events.Select(e => new DatedEvent
            {
                Date = e.Date.ToIso(), Year = e.Date.Year, Text = e.Text, Passage = passages[e.Sources[0]],
                FurtherSources = e.Sources.Skip(1).Select((p, i) => new EventSource { Order = i + 1, Passage = passages[p] }).ToList(),
            }).ToList();
            episode.Title = EpisodeTitle.For(episode, model.Gazetteer.CommonName(draft.Place), model.KindLooks, model.Gazetteer.IsCity);
            db.Episodes.Add(episode);
            result[draft] = episode;
        }
        return result;
    }

    private Actor ActorFor(Mentions.Actors.ActorMention mention, Dictionary<string, Actor> actors)
    {
        if (actors.TryGetValue(mention.ActorSlug, out var actor)) return actor;
        var entry = model.Gazetteer.Actor(mention.ActorSlug) ?? model.LearnedActors.FirstOrDefault(a => a.Slug == mention.ActorSlug);
        actor = new Actor
        {
            Slug = mention.ActorSlug, Name = entry?.Name ?? mention.Name, Type = entry?.Type ?? mention.Type, Description = entry?.Description, Discovered = mention.Discovered,
            Aliases = (entry?.Aliases ?? []).Where(a => a != (entry?.Name ?? mention.Name)).Distinct().Select(a => new ActorAlias { Name = a }).ToList(),
        };
        actors[mention.ActorSlug] = actor;
        return actor;
    }

    private void ContextEvents(ImportRows db, Dictionary<PassageDraft, Passage> passages, Dictionary<BuiltEpisode, Episode> episodes)
    {
        foreach (var draft in model.ContextEvents.OrderBy(e => e.Date).ThenBy(e => e.Text, StringComparer.Ordinal))
        {
            var dated = new DatedEvent { Date = draft.Date.ToIso(), Year = draft.Date.Year, Text = draft.Text, Passage = passages[draft.Passage] };
            dated.RelatedEpisodes = draft.Related.Select(r => new EventLink { Event = dated, Episode = episodes[r] }).ToList();
            db.Events.Add(dated);
        }
    }
}
