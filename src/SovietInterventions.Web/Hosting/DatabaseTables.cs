using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Hosting;

/// <summary>
/// The tables a database file holds, read once per file: an edition written by an older release lacks tables a later
/// one added (SharedPassages, NarrativeEntries, EventSources), and its pages are rendered without them. What is known is
/// forgotten whenever <see cref="DatabaseRefresh"/> finds the database replaced (a new <see cref="DatabaseVersion.Generation"/>),
/// so a new import is asked again; edition files never change.
/// </summary>
public sealed class DatabaseTables(DatabaseVersion version)
{
    sealed record Known(int Generation, IReadOnlySet<string> Names);

    readonly ConcurrentDictionary<string, Known> files = new();

    /// <summary>The names of the tables of the file <paramref name="db"/> reads.</summary>
    public async ValueTask<IReadOnlySet<string>> OfAsync(EncyclopediaDb db)
    {
        var file = db.Database.GetConnectionString() ?? "";
        var generation = version.Generation;
        if (files.TryGetValue(file, out var known) && known.Generation == generation) return known.Names;
        var names = await db.Database.SqlQuery<string>($"""SELECT name AS "Value" FROM sqlite_master WHERE type = 'table'""").ToListAsync();
        var set = names.ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Read at this generation: a replacement found meanwhile makes a later request read the new file's tables.
        files[file] = new Known(generation, set);
        return set;
    }
}
