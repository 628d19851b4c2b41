using SovietInterventions.Core.Data;
using SovietInterventions.Core.Evaluation;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The sixth unseen corpus, written on 2 December 2026 by the unseen6 helper and annotated before its first import
/// (a saved web page, a Notion export, an Org outline, a reStructuredText handout, Markdown with an HTML table and
/// details blocks, a Zoom chat, a German and French bilingual worksheet and a Wikipedia select-all copy; docs/evaluation.md).
/// At that import the importer refused the saved web page as "JSON, XML or HTML" and wrote no database at all; it
/// reads web pages now, so the whole folder is imported here.
/// </summary>
public sealed class SixthUnseenCorpusFixture : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("unseen6-corpus-").FullName;

    public string Documents { get; }
    public Annotation Annotation { get; }
    public IReadOnlyList<ImportedEpisode> Imported { get; }
    public Scorecard Card { get; }
    public IReadOnlySet<string> CountrySlugs { get; }
    public IReadOnlyList<string> ImportedFiles { get; }

    public SixthUnseenCorpusFixture()
    {
        var evaluation = Path.Combine(RepositoryRoot.Path, "tests", "SovietInterventions.Core.Tests", "Evaluation");
        Documents = Path.Combine(evaluation, "Unseen6");
        Annotation = Annotation.Load(Path.Combine(evaluation, "unseen6.annotation.json"));
        var database = Path.Combine(folder, "unseen6.db");
        SeedImport.Run(new ImportOptions(Documents, database, RealData.Directory));
        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(database, readOnly: true));
        CountrySlugs = db.Countries.Select(c => c.Slug).ToHashSet();
        ImportedFiles = db.Sources.Select(s => s.FileName).AsEnumerable().OrderBy(f => f, StringComparer.Ordinal).ToList();
        Imported = ImportedEpisode.Load(db);
        Card = new EvaluationScorer(ImportedEpisode.Kinship(db)).Score(Annotation, Imported);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>
/// Floors at the first import that read all eight documents (7/12, 7/10, 5/7, 6/12, 35/83, no duplicates, no non-actor listed;
/// without the web page the first import refused: 6/12, 6/9, 2/6, 3/12, 31/83):
/// a change that loses ground on these documents fails here. Raise a floor when the importer improves.
/// </summary>
public sealed class SixthUnseenCorpusTests(SixthUnseenCorpusFixture unseen) : IClassFixture<SixthUnseenCorpusFixture>
{
    [Fact]
    public void The_annotation_names_only_countries_the_database_knows()
    {
        var targets = unseen.Annotation.Episodes.SelectMany(e => e.Targets)
            .Concat(unseen.Annotation.AcceptableEpisodes.SelectMany(a => a.Targets));

        Assert.Equal(Array.Empty<string>(), targets.Where(t => !unseen.CountrySlugs.Contains(t)).ToArray());
    }

    [Fact]
    public void Every_annotated_source_is_a_document_of_the_corpus_and_every_document_is_a_source()
    {
        var documents = Directory.GetFiles(unseen.Documents).Select(f => Path.GetFileName(f)).ToHashSet();
        var sources = unseen.Annotation.Episodes.SelectMany(e => e.SourceFiles).ToHashSet();

        Assert.Equal(Array.Empty<string>(), sources.Where(s => !documents.Contains(s)).ToArray());
        Assert.Equal(Array.Empty<string>(), documents.Where(d => !sources.Contains(d)).ToArray());
    }

    [Fact]
    public void Every_document_is_imported_the_saved_web_page_too()
    {
        var documents = Directory.GetFiles(unseen.Documents).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(documents, unseen.ImportedFiles);
    }

    [Fact]
    public void The_import_finds_at_least_as_many_interventions_as_at_its_first_import()
    {
        var card = unseen.Card;

        Assert.Equal(unseen.Annotation.Episodes.Count, card.Episodes.Count);
        Assert.True(card.Recall.Hits >= 7, $"recall {card.Recall}");
        Assert.True(card.Precision.Value >= 7.0 / 10, $"precision {card.Precision}");
        Assert.True(card.Duplicates == 0, $"duplicates {card.Duplicates}");
    }

    [Fact]
    public void The_import_keeps_at_least_the_years_sources_and_actors_of_its_first_import()
    {
        var card = unseen.Card;

        Assert.True(card.ExactYears.Hits >= 5, $"exact years {card.ExactYears}");
        Assert.True(card.MultiSource.Hits >= 6, $"multi-source {card.MultiSource}");
        Assert.True(card.Actors.Hits >= 35, $"actors {card.Actors}");
    }

    [Fact]
    public void No_author_lecturer_student_or_historian_of_the_documents_is_an_actor()
    {
        Assert.True(unseen.Card.NonActors == 0, $"non-actors listed: {string.Join(", ", unseen.Card.NonActorsListed)}");
    }

    [Fact]
    public void No_publication_meeting_or_commentary_year_makes_an_episode()
    {
        // The documents were saved, edited, taught and published between 2011 and 2025 and compare with 2022;
        // every Soviet act they tell lies between 1934 and 1991.
        var outOfPeriod = unseen.Imported.Where(e => e.StartYear < 1917 || e.EndYear > 1991).Select(e => $"{e.Slug} {e.StartYear}-{e.EndYear}");

        Assert.Equal(Array.Empty<string>(), outOfPeriod.ToArray());
    }

    [Fact]
    public void No_power_that_acted_on_its_own_in_the_documents_becomes_a_target()
    {
        // The United States, Britain, France, Belgium, Israel, Cuba, China, Saudi Arabia, Rhodesia, South Africa and
        // Zimbabwe act in these documents beside the Soviet cases, never as their targets.
        string[] others = ["united-states", "united-kingdom", "france", "belgium", "israel", "cuba", "saudi-arabia", "rhodesia", "south-africa", "zimbabwe", "ukraine"];
        var targeted = unseen.Imported.Where(e => e.Targets.Intersect(others).Any()).Select(e => $"{e.Slug} ({string.Join(", ", e.Targets)})");

        Assert.Equal(Array.Empty<string>(), targeted.ToArray());
    }
}
