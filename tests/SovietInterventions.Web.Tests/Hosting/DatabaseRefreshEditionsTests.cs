using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SovietInterventions.Core.Editions;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>The importer writes the editions index just after the database; pages rendered in between must not outlive it.</summary>
public sealed class DatabaseRefreshEditionsTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("refresh-editions-").FullName;

    [Fact]
    public async Task Rewriting_the_editions_index_alone_moves_the_site_to_a_new_generation()
    {
        var database = Path.Combine(folder, "encyclopedia.db");
        File.WriteAllText(database, "database");
        var index = EditionIndex.PathIn(EditionIndex.FolderFor(database));
        Directory.CreateDirectory(Path.GetDirectoryName(index)!);
        File.WriteAllText(index, "{}");
        var version = new DatabaseVersion(null!);
        var refresh = new DatabaseRefresh(Options.Create(new EncyclopediaOptions { DatabasePath = database }), new FolderEnvironment(folder),
            version, new NoOutputCache(), NullLogger<DatabaseRefresh>.Instance);

        await refresh.CheckAsync(CancellationToken.None);
        Assert.Equal(0, version.Generation);

        File.WriteAllText(index, "{ }");
        File.SetLastWriteTimeUtc(index, DateTime.UtcNow.AddMinutes(1));
        // The file is looked at once a second at most.
        await Task.Delay(1100);
        await refresh.CheckAsync(CancellationToken.None);

        Assert.Equal(1, version.Generation);
    }

    [Fact]
    public async Task After_the_sites_own_import_the_next_request_sees_the_new_file_without_waiting_for_the_next_check()
    {
        var database = Path.Combine(folder, "encyclopedia.db");
        File.WriteAllText(database, "database");
        var version = new DatabaseVersion(null!);
        var refresh = new DatabaseRefresh(Options.Create(new EncyclopediaOptions { DatabasePath = database, RefreshCheckSeconds = 3600 }),
            new FolderEnvironment(folder), version, new NoOutputCache(), NullLogger<DatabaseRefresh>.Instance);
        await refresh.CheckAsync(CancellationToken.None);

        File.WriteAllText(database, "the new import");
        await refresh.CheckAsync(CancellationToken.None);
        Assert.Equal(0, version.Generation);

        refresh.CheckOnNextRequest();
        await refresh.CheckAsync(CancellationToken.None);
        Assert.Equal(1, version.Generation);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
