using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;

namespace SovietInterventions.Web.Editions;

/// <summary>
/// The database a request reads: the current one, or the edition its URL names, opened read-only with
/// pooled connections like the current one (options are kept per edition file).
/// </summary>
public sealed class EditionDatabases(EditionCatalog catalog)
{
    readonly ConcurrentDictionary<string, DbContextOptions<EncyclopediaDb>> options = new();

    public EncyclopediaDb ForRequest(IServiceProvider services)
    {
        var id = EditionRequest.Id(services.GetRequiredService<IHttpContextAccessor>().HttpContext);
        return id is not null && catalog.Find(id) is { } edition
            ? Open(catalog.FileOf(edition))
            : new EncyclopediaDb(services.GetRequiredService<DbContextOptions<EncyclopediaDb>>());
    }

    public EncyclopediaDb Open(string file) =>
        new(options.GetOrAdd(file, path => EncyclopediaDb.OptionsFor(path, readOnly: true)));

    public EncyclopediaDb OpenCurrent() => Open(catalog.DatabasePath);
}
