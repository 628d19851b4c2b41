using SovietInterventions.Core.Data;
using SovietInterventions.Core.Evaluation;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>The unseen corpus (documents the importer was not tuned to) imported once and scored against its hand annotation.</summary>
public sealed class UnseenCorpusFixture : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("unseen-corpus-").FullName;

    public static string Documents => Path.Combine(RepositoryRoot.Path, "tests", "SovietInterventions.Core.Tests", "Evaluation", "Unseen");
    public static string AnnotationFile => Path.Combine(RepositoryRoot.Path, "tests", "SovietInterventions.Core.Tests", "Evaluation", "unseen.annotation.json");

    public Annotation Annotation { get; } = Annotation.Load(AnnotationFile);
    public Scorecard Card { get; }
    public IReadOnlySet<string> CountrySlugs { get; }
    public IReadOnlyList<string> ImportedFiles { get; }

    public UnseenCorpusFixture()
    {
        var database = Path.Combine(folder, "unseen.db");
        SeedImport.Run(new ImportOptions(Documents, database, RealData.Directory));
        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(database, readOnly: true));
        CountrySlugs = db.Countries.Select(c => c.Slug).ToHashSet();
        ImportedFiles = db.Sources.Select(s => s.FileName).AsEnumerable().OrderBy(f => f, StringComparer.Ordinal).ToList();
        Card = new EvaluationScorer(ImportedEpisode.Kinship(db)).Score(Annotation, ImportedEpisode.Load(db));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

/// <summary>
/// Only that the corpus and its annotation hold together and import cleanly: no score floors, because the unseen
/// corpus measures the importer (docs/evaluation.md) and is not a target to tune it to.
/// </summary>
public sealed class UnseenCorpusTests(UnseenCorpusFixture unseen) : IClassFixture<UnseenCorpusFixture>
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
        var documents = Directory.GetFiles(UnseenCorpusFixture.Documents).Select(f => Path.GetFileName(f)).ToHashSet();
        var sources = unseen.Annotation.Episodes.SelectMany(e => e.SourceFiles).ToHashSet();

        Assert.Equal(Array.Empty<string>(), sources.Where(s => !documents.Contains(s)).ToArray());
        Assert.Equal(Array.Empty<string>(), documents.Where(d => !sources.Contains(d)).ToArray());
    }

    [Fact]
    public void Every_document_is_imported()
    {
        var documents = Directory.GetFiles(UnseenCorpusFixture.Documents).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(documents, unseen.ImportedFiles);
    }

    [Fact]
    public void The_import_is_scored_on_every_annotated_episode_with_no_duplicate_episodes()
    {
        Assert.Equal(unseen.Annotation.Episodes.Count, unseen.Card.Episodes.Count);
        Assert.True(unseen.Card.Duplicates == 0, $"duplicates: {string.Join(", ", unseen.Card.Unmatched.Where(u => u.Kind == UnmatchedKind.Duplicate).Select(u => u.Episode.Slug))}");
    }
}
