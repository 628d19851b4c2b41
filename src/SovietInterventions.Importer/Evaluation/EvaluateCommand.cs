using SovietInterventions.Core.Data;
using SovietInterventions.Core.Evaluation;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Importer.Evaluation;

/// <summary>`evaluate <database> <annotation.json>... [--json]`: scores an import against hand annotations (docs/evaluation.md).</summary>
public static class EvaluateCommand
{
    public static int Run(string database, string[] rest, TextWriter output)
    {
        var json = rest.Contains("--json");
        var files = rest.Where(r => r != "--json").ToList();
        if (files.Count == 0) throw new ImportException("command line", null, "evaluate needs at least one annotation file.");
        if (!File.Exists(database)) throw new ImportException(database, null, "no such database file.");

        using var db = new EncyclopediaDb(EncyclopediaDb.OptionsFor(database, readOnly: true));
        var kinship = ImportedEpisode.Kinship(db);
        Annotation annotation;
        try
        {
            annotation = Annotation.Combine(files.Select(Annotation.Load), kinship);
        }
        catch (FormatException e)
        {
            throw new ImportException(files[0], null, e.Message, e);
        }

        var known = db.Countries.Select(c => c.Slug).ToHashSet();
        var unknown = annotation.Episodes.SelectMany(e => e.Targets).Concat(annotation.AcceptableEpisodes.SelectMany(a => a.Targets))
            .Where(t => !known.Contains(t)).Distinct().ToList();
        if (unknown.Count > 0) throw new ImportException(files[0], null, $"unknown country slugs: {string.Join(", ", unknown)}");

        var card = new EvaluationScorer(kinship).Score(annotation, ImportedEpisode.Load(db));
        if (json) output.WriteLine(ScorecardReport.ToJson(card));
        else ScorecardReport.WriteText(card, output);
        return 0;
    }
}
