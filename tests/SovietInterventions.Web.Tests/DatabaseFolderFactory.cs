using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace SovietInterventions.Web.Tests;

/// <summary>
/// The site as visitors see it (Production: error page, HSTS; absolute URLs from the configured address, never from the
/// Host header; no start-up import) over a database in a temp folder of its own, deleted with the factory. A subclass
/// writes the database in its constructor and may add settings.
/// </summary>
public abstract class DatabaseFolderFactory(string name) : WebApplicationFactory<Program>
{
    readonly string folder = Directory.CreateTempSubdirectory($"encyclopedia-{name}-").FullName;

    public string DatabasePath => Path.Combine(folder, "encyclopedia.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Encyclopedia:DatabasePath", DatabasePath);
        builder.UseSetting("Encyclopedia:SeedsPath", "");
        builder.UseSetting("Encyclopedia:PublicBaseUrl", "http://localhost");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        // Dispose runs from both Dispose and DisposeAsync.
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
