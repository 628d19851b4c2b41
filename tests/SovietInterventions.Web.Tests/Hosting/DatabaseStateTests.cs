using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SovietInterventions.Web.Hosting;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>Whether there is a database is what the refresh saw at its one look per request, not a second look at the file.</summary>
public sealed class DatabaseStateTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("database-state-").FullName;

    string DatabasePath => Path.Combine(folder, "encyclopedia.db");

    // Looks an hour apart, so that only the tests' own looks count.
    (DatabaseRefresh Refresh, DatabaseState State) Site()
    {
        var refresh = new DatabaseRefresh(Options.Create(new EncyclopediaOptions { DatabasePath = DatabasePath, RefreshCheckSeconds = 3600 }),
            new FolderEnvironment(folder), new DatabaseVersion(null!), new NoOutputCache(), NullLogger<DatabaseRefresh>.Instance);
        return (refresh, new DatabaseState(refresh));
    }

    [Fact]
    public async Task A_database_that_appears_is_available_from_the_next_look_on()
    {
        var (refresh, state) = Site();
        await refresh.CheckAsync(CancellationToken.None);
        Assert.False(state.Available);

        File.WriteAllText(DatabasePath, "the first import");
        Assert.False(state.Available);

        refresh.CheckOnNextRequest();
        await refresh.CheckAsync(CancellationToken.None);
        Assert.True(state.Available);
    }

    [Fact]
    public void A_database_there_at_start_is_available_before_any_request()
    {
        File.WriteAllText(DatabasePath, "an import");

        Assert.True(Site().State.Available);
    }

    [Fact]
    public void An_empty_file_is_no_database()
    {
        File.WriteAllText(DatabasePath, "");

        Assert.False(Site().State.Available);
    }

    [Fact]
    public async Task The_end_of_the_start_up_import_makes_the_next_request_look_at_once()
    {
        var (refresh, state) = Site();
        state.Importing = true;
        await refresh.CheckAsync(CancellationToken.None);
        File.WriteAllText(DatabasePath, "the start-up import");

        state.Importing = false;
        await refresh.CheckAsync(CancellationToken.None);

        Assert.True(state.Available);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
