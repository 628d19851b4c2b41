using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace SovietInterventions.Web.Tests.Hosting;

/// <summary>The start-up import runs in the background: the site answers at once, and a bad seed never keeps it down.</summary>
public sealed class StartupImportTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("startup-import-").FullName;

    string Seeds => Path.Combine(folder, "seeds");
    string DatabasePath => Path.Combine(folder, "encyclopedia.db");

    public StartupImportTests()
    {
        Directory.CreateDirectory(Seeds);
        foreach (var file in Directory.GetFiles(Path.Combine(SeedsFactory.RepositoryRoot(), "seeds")))
            File.Copy(file, Path.Combine(Seeds, Path.GetFileName(file)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    WebApplicationFactory<Program> Site(ILogEventSink? logSink = null) => new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
        .ConfigureServices(services => { if (logSink is not null) services.AddSingleton(logSink); })
        .UseEnvironment("Production")
        .UseSetting("Encyclopedia:DatabasePath", DatabasePath)
        .UseSetting("Encyclopedia:SeedsPath", Seeds)
        .UseSetting("Encyclopedia:DataPath", Path.Combine(SeedsFactory.RepositoryRoot(), "data"))
        .UseSetting("Encyclopedia:PublicBaseUrl", "http://localhost"));

    [Fact]
    public async Task The_site_answers_while_it_imports_and_serves_the_import_when_it_lands()
    {
        using var site = Site();
        using var client = site.CreateClient();

        var first = await client.GetAsync("/healthz");
        Assert.True(first.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable);

        var status = first.StatusCode;
        for (var attempt = 0; attempt < 300 && status != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(200);
            status = (await client.GetAsync("/healthz")).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/episodes/1956-hungary")).StatusCode);
    }

    [Fact]
    public async Task A_re_import_over_a_previous_database_is_reported_until_its_pages_are_served()
    {
        using (var first = Site())
        using (var client = first.CreateClient()) await HealthyAsync(client);
        var wiki = Directory.GetFiles(Seeds).Single(f => File.ReadAllText(f).Contains("==== 1956: Hungary ===="));
        File.WriteAllText(wiki, File.ReadAllText(wiki).Replace("==== 1956: Hungary ====", "==== 1956: Hungary and Budapest ===="));

        var gate = new ImportGate();
        using var second = Site(gate);
        using var secondClient = second.CreateClient();
        HttpResponseMessage during;
        try { during = await secondClient.GetAsync("/healthz"); }
        finally { gate.Release(); }
        await HealthyAsync(secondClient);
        var renamed = await secondClient.GetAsync("/episodes/1956-hungary-and-budapest");

        Assert.True(gate.Held);
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.StartsWith("Degraded: Serving the previous import", await during.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
    }

    /// <summary>Holds the start-up import at its "Importing ..." line until released, so that the test looks at the
    /// site mid-import however fast the import is. The app reads log sinks from its services.</summary>
    sealed class ImportGate : ILogEventSink
    {
        readonly ManualResetEventSlim released = new();

        public void Emit(LogEvent logEvent)
        {
            if (!logEvent.MessageTemplate.Text.StartsWith("Importing {SeedsDirectory}", StringComparison.Ordinal)) return;
            Held = true;
            released.Wait(TimeSpan.FromSeconds(60));
        }

        /// <summary>Whether the import reached the gate: if its line is reworded, the test must say so, not pass by luck.</summary>
        public bool Held { get; private set; }

        public void Release() => released.Set();
    }

    static async Task HealthyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync() == "Healthy") return;
            await Task.Delay(200);
        }
        Assert.Fail("/healthz never said Healthy");
    }

    [Fact]
    public async Task A_seed_the_import_refuses_leaves_the_site_up_saying_it_is_not_imported()
    {
        if (!OperatingSystem.IsLinux()) return; // FIFOs are a Unix matter
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(Seeds, "blocked.md"))) mkfifo.WaitForExit();
        using var site = Site();
        using var client = site.CreateClient();

        // The refusal is quick; give it a moment, then the site must still answer, with the reason.
        await Task.Delay(2000);
        var health = await client.GetAsync("/healthz");
        var page = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.False(File.Exists(DatabasePath));
    }
}
