using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Web.Tests;

/// <summary>The site in Production mode over a database imported from the repository's real seeds, with the FTS index.</summary>
public class SeedsFactory : WebApplicationFactory<Program>
{
    readonly string folder = Directory.CreateTempSubdirectory("encyclopedia-seeds-tests-").FullName;

    public string DatabasePath => Path.Combine(folder, "encyclopedia.db");

    public SeedsFactory()
    {
        var repository = RepositoryRoot();
        SeedImport.Run(new ImportOptions(Path.Combine(repository, "seeds"), DatabasePath, Path.Combine(repository, "data")));
    }

    /// <summary>Extra settings for derived fixtures (a tiny rate limit, for instance).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Encyclopedia:DatabasePath", DatabasePath);
        builder.UseSetting("Encyclopedia:SeedsPath", "");
        // As in production: absolute URLs from the configured address, never from the Host header.
        builder.UseSetting("Encyclopedia:PublicBaseUrl", "http://localhost");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SovietInterventions.sln"))) return dir.FullName;
        throw new InvalidOperationException("SovietInterventions.sln not found above " + AppContext.BaseDirectory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SeedsCollection : ICollectionFixture<SeedsFactory>
{
    public const string Name = "seeds";
}
