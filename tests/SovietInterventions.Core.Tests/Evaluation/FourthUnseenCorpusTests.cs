using SovietInterventions.Core.Data;
using SovietInterventions.Core.Evaluation;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Evaluation;

/// <summary>
/// The fourth unseen corpus (written and annotated by the unseen4 helper on 2 December 2026, committed in 0a49630 before any
/// import). Its first import stopped on an internal error in two documents, so the floors below are those of the first import
/// of the five documents that import (docs/evaluation.md); a floor may be raised, never lowered without a reason.
/// </summary>
public sealed class FourthUnseenCorpusFixture : IDisposable
{
    // The two documents that stopped the first import with an internal error (UNSEEN4-REPORT.md).
    public static readonly IReadOnlySet<string> CrashedFirst = new HashSet<string>(StringComparer.Ordinal)
    {
        "chronology-interventions-and-context.md",
        "history-today-style_iran-crisis-1946.txt",
    };

    private readonly string folder = Directory.CreateTempSubdirectory("unseen4-corpus-").FullName;

    public string Documents { get; }
    public Annotation Annotation { get; }
    public IReadOnlyList<string> DocumentNames { get; }
    public IReadOnlySet<string> Crashing { get; }
    public Scorecard Card { get; }
    public IReadOnlySet<string> CountrySlugs { get; }
    public IReadOnlyList<string> ImportedFiles { get; }

    public FourthUnseenCorpusFixture()
    {
        var evaluation = Path.Combine(RepositoryRoot.Path, "tests", "SovietInterventions.Core.Tests", "Evaluation");
        Documents = Path.Combine(evaluation, "Unseen4");
        Annotation = Annotation.Load(Path.Combine(evaluation, "unseen4.annotation.json"));
        DocumentNames = Directory.GetFiles(Documents).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Crashing = DocumentNames.Where(name => !ImportsAlone(name)).ToHashSet(StringComparer.Ordinal);

        var database = Import("importable", DocumentNames.Where(name => !CrashedFirst.Contains(name)));
        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(database, readOnly: true));
        CountrySlugs = db.Countries.Select(c => c.Slug).ToHashSet();
        ImportedFiles = db.Sources.Select(s => s.FileName).AsEnumerable().OrderBy(f => f, StringComparer.Ordinal).ToList();
        Card = new EvaluationScorer(ImportedEpisode.Kinship(db)).Score(Annotation, ImportedEpisode.Load(db));
    }

    public bool WholeCorpusImports() => ImportsAll(DocumentNames, "whole");

    private bool ImportsAlone(string name) => ImportsAll([name], "alone " + name);

    // An internal error in any document stops the whole import; a test records which documents do that.
    private bool ImportsAll(IEnumerable<string> names, string label)
    {
        try
        {
            return File.Exists(Import(label, names));
        }
        catch (Exception)
        {
            return false;
        }
    }

    private string Import(string label, IEnumerable<string> names)
    {
        var documents = Directory.CreateDirectory(Path.Combine(folder, label, "documents")).FullName;
        foreach (var name in names)
            File.Copy(Path.Combine(Documents, name), Path.Combine(documents, name));
        var database = Path.Combine(folder, label, "unseen4.db");
        SeedImport.Run(new ImportOptions(documents, database, RealData.Directory));
        return database;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}

public sealed class FourthUnseenCorpusTests(FourthUnseenCorpusFixture unseen) : IClassFixture<FourthUnseenCorpusFixture>
{
    [Fact]
    public void Every_annotated_source_is_a_document_of_the_corpus_and_every_document_is_a_source()
    {
        var sources = unseen.Annotation.Episodes.SelectMany(e => e.SourceFiles).ToHashSet();

        Assert.Equal(Array.Empty<string>(), sources.Where(s => !unseen.DocumentNames.Contains(s)).ToArray());
        Assert.Equal(Array.Empty<string>(), unseen.DocumentNames.Where(d => !sources.Contains(d)).ToArray());
    }

    [Fact]
    public void The_annotation_names_only_countries_the_database_knows()
    {
        var targets = unseen.Annotation.Episodes.SelectMany(e => e.Targets)
            .Concat(unseen.Annotation.AcceptableEpisodes.SelectMany(a => a.Targets));

        Assert.Equal(Array.Empty<string>(), targets.Where(t => !unseen.CountrySlugs.Contains(t)).ToArray());
    }

    [Fact]
    public void No_document_but_the_two_that_crashed_the_first_import_stops_an_import()
    {
        Assert.Equal(Array.Empty<string>(), unseen.Crashing.Where(name => !FourthUnseenCorpusFixture.CrashedFirst.Contains(name)).ToArray());
    }

    [Fact]
    public void The_five_importable_documents_are_all_imported()
    {
        Assert.Equal(unseen.DocumentNames.Where(name => !FourthUnseenCorpusFixture.CrashedFirst.Contains(name)), unseen.ImportedFiles);
    }

    // Floors: the first import of the five importable documents (importer at 09f8837).
    [Fact]
    public void The_five_importable_documents_score_at_least_as_well_as_their_first_import()
    {
        var card = unseen.Card;

        Assert.Equal(unseen.Annotation.Episodes.Count, card.Episodes.Count);
        Assert.True(card.Recall.Hits >= 10, $"recall {card.Recall}");
        Assert.True(card.Precision.Value >= 1.0, $"precision {card.Precision}");
        Assert.True(card.ExactYears.Hits >= 5, $"exact years {card.ExactYears}");
        Assert.True(card.Actors.Hits >= 60, $"actors {card.Actors}");
        Assert.True(card.Duplicates <= 1, $"duplicates {card.Duplicates}");
        Assert.True(card.NonActors <= 0, $"non-actors listed: {string.Join(", ", card.NonActorsListed)}");
    }

    [Fact(Skip = "The first import stopped on internal errors in two documents (UNSEEN4-REPORT.md, docs/evaluation.md); unskip once fixed and add floors from that import.")]
    public void The_whole_corpus_imports()
    {
        Assert.True(unseen.WholeCorpusImports());
    }
}
