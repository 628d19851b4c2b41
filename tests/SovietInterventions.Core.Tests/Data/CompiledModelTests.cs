using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Data.CompiledModel;

namespace SovietInterventions.Core.Tests.Data;

/// <summary>
/// EncyclopediaDb reads through the compiled model in Data/CompiledModel (EF Core finds it by its assembly attribute) instead of
/// building the model from OnModelCreating in every process. A change to the entities or to OnModelCreating that is not followed
/// by scripts/compiled-model.sh would leave it stale, and EF Core would not notice: these tests compare the two.
/// </summary>
public class CompiledModelTests
{
    private static EncyclopediaDb Context() => new(EncyclopediaDb.OptionsFor(":memory:", readOnly: true));

    [Fact]
    public void The_context_reads_through_the_compiled_model()
    {
        using var db = Context();
        Assert.IsType<EncyclopediaDbModel>(db.Model);
    }

    [Fact]
    public void The_compiled_model_is_the_model_OnModelCreating_builds()
    {
        using var db = Context();
        // The design-time model is always built from OnModelCreating, even when a compiled model is in use.
        var built = db.GetService<IDesignTimeModel>().Model;

        Assert.Equal(Describe(built), Describe(db.Model));
    }

    /// <summary>
    /// Every entity type with its table, columns (type, nullability, stored type), keys, foreign keys, navigations and
    /// indexes, one line each, in a fixed order: what the site's queries and the importer's schema depend on.
    /// </summary>
    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var type in model.GetEntityTypes().OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!);
            lines.Add($"{type.Name} -> {table.Name}");
            lines.AddRange(type.GetProperties().Select(p =>
                $"  column {p.Name} {p.GetColumnName(table)} {p.ClrType.Name} nullable={p.IsNullable} " +
                $"stored={p.GetRelationalTypeMapping().StoreType} converter={p.GetTypeMapping().Converter?.ProviderClrType.Name} generated={p.ValueGenerated}"));
            lines.AddRange(type.GetKeys().Select(k => $"  key {Names(k.Properties)} primary={k.IsPrimaryKey()}"));
            lines.AddRange(type.GetForeignKeys().Select(f =>
                $"  foreign key {Names(f.Properties)} -> {f.PrincipalEntityType.Name} required={f.IsRequired} delete={f.DeleteBehavior}"));
            lines.AddRange(type.GetNavigations().Select(n => $"  navigation {n.Name} -> {n.TargetEntityType.Name} many={n.IsCollection}"));
            lines.AddRange(type.GetIndexes().Select(i => $"  index {i.GetDatabaseName()} {Names(i.Properties)} unique={i.IsUnique}"));
        }
        return lines;
    }

    private static string Names(IEnumerable<IReadOnlyProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
