using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import.Writing;

namespace SovietInterventions.Core.Tests.Import.Writing;

/// <summary>
/// The importer writes without EF Core (a fixed schema script and prepared inserts); these tests keep both in step with the
/// EF model the site reads through. After a model change run them with UPDATE_IMPORT_SCHEMA=1 to rewrite Schema.sql.
/// </summary>
public class ImportSchemaTests
{
    private static readonly string ScriptPath =
        Path.Combine(RepositoryRoot.Path, "src", "SovietInterventions.Core", "Import", "Writing", "Schema.sql");

    private static EncyclopediaDb Model() => new(EncyclopediaDb.OptionsFor(":memory:", readOnly: false));

    [Fact]
    public void The_schema_script_is_the_one_the_model_creates()
    {
        using var db = Model();
        var expected = db.Database.GenerateCreateScript().ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_IMPORT_SCHEMA") == "1") File.WriteAllText(ScriptPath, expected);

        Assert.Equal(expected, ImportSchema.Script);
    }

    [Fact]
    public void Every_table_and_column_of_the_model_is_written()
    {
        using var db = Model();
        var model = db.Model.GetEntityTypes().ToDictionary(
            t => t.GetTableName()!,
            t => t.GetProperties().Select(p => p.GetColumnName(StoreObjectIdentifier.Table(t.GetTableName()!))).Order(StringComparer.Ordinal).ToList());

        Assert.Equal(model.Keys.Order(StringComparer.Ordinal), RowWriter.Columns.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, columns) in model)
            Assert.True(columns.SequenceEqual(RowWriter.Columns[table].Order(StringComparer.Ordinal)),
                $"{table}: model [{string.Join(", ", columns)}], writer [{string.Join(", ", RowWriter.Columns[table])}]");
    }
}
