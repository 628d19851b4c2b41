using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SovietInterventions.BrowserTests;

/// <summary>The real app in its own process, as it runs in production: Kestrel on a free loopback port,
/// importing the given seeds into a fresh database at start-up.</summary>
public sealed class RunningSite : IAsyncDisposable
{
    readonly Process process;
    readonly StringBuilder log;

    RunningSite(Process process, StringBuilder log, Uri baseUrl)
    {
        this.process = process;
        this.log = log;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    public static async Task<RunningSite> StartAsync(string seedsPath, string databasePath)
    {
        if (!File.Exists(Repository.WebDll)) throw new FileNotFoundException("The web app is not built", Repository.WebDll);
        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.WebProject,
        };
        foreach (var arg in new[]
        {
            Repository.WebDll,
            "--urls", baseUrl.ToString().TrimEnd('/'),
            "--contentRoot", Repository.WebProject,
            "--Encyclopedia:DatabasePath=" + databasePath,
            "--Encyclopedia:SeedsPath=" + seedsPath,
            "--Encyclopedia:DataPath=" + Repository.Data,
            // The link crawler is one client asking for every page within a minute; the limit itself is tested in Web.Tests.
            "--RateLimits:Enabled=false",
        }) start.ArgumentList.Add(arg);
        // Development, as `dotnet run` (the README's way) starts it: a build output run as Production lacks the
        // precompressed .gz assets (only `dotnet publish` puts them in wwwroot), so it answers gzip requests for CSS
        // with empty bodies and browsers get an unstyled site.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var log = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new RunningSite(process, log, baseUrl);
        try
        {
            await site.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
        return site;
    }

    async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{Log}");
            try
            {
                // "Healthy", not any 200: a start-up import over a previous database serves that one (Degraded) until it lands.
                using var response = await http.GetAsync(Url("/healthz"));
                if (response.StatusCode == HttpStatusCode.OK && await response.Content.ReadAsStringAsync() == "Healthy") return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"/healthz did not answer Healthy within {timeout.TotalSeconds} s:\n{Log}");
    }

    public string Log { get { lock (log) return log.ToString(); } }

    /// <summary>The log from each error entry on (an exception's lines follow its entry), or "(none)".</summary>
    public string ErrorLog
    {
        get
        {
            var lines = Log.Split('\n');
            var first = Array.FindIndex(lines, l => l.Contains("[ERR]") || l.Contains("[FTL]") || l.StartsWith("fail:"));
            return first < 0 ? "(none)" : string.Join('\n', lines[first..].Take(200));
        }
    }

    // Port 0 lets the OS pick; the tiny race with another process taking it first is acceptable in tests.
    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
