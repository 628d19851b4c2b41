using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace SovietInterventions.BrowserTests;

[Trait("Category", "Slow")]
[Collection("Site")]
public sealed class HtmlValidityTests(SiteFixture fixture)
{
    const string Java = "/usr/bin/java";

    // Installed by .ci/run (npm install --prefix .tools vnu-jar): fetching it at test time would need the network.
    static string VnuJar => Path.Combine(Repository.TestProject, ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [SkippableFact]
    public async Task Every_page_type_is_valid_HTML_for_the_Nu_Html_Checker()
    {
        Skip.IfNot(File.Exists(Java), $"Java is not installed at {Java} (apt-get install -y default-jre-headless; .ci/run does it)");
        Skip.IfNot(File.Exists(VnuJar), $"vnu.jar is missing at {VnuJar} (.ci/run installs it with npm)");

        var folder = Directory.CreateTempSubdirectory("browser-vnu-").FullName;
        try
        {
            var files = new Dictionary<string, string>();
            foreach (var (name, path) in fixture.PageTypes.All)
            {
                using var response = await fixture.Http.GetAsync(path);
                Assert.True((int)response.StatusCode != 404 || PageTypes.Expects404(name), $"{path} answers 404");
                var file = Path.Combine(folder, name.Replace(' ', '-') + ".html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files[file] = $"{name} ({path})";
            }

            // One Java start for all pages: starting the checker takes longer than checking a page.
            var errors = await RunVnu(files.Keys);

            Assert.True(errors.Count == 0, "Nu Html Checker errors:\n" + string.Join("\n", errors.Select(e =>
                $"- {files.GetValueOrDefault(e.File, e.File)} line {e.Line}: {e.Message}{(e.Extract is null ? "" : $"\n    {e.Extract.Trim()}")}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    sealed record VnuError(string File, int Line, string Message, string? Extract);

    static async Task<List<VnuError>> RunVnu(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(Java) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-jar", VnuJar, "--errors-only", "--format", "json" }.Concat(files)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        // vnu writes its JSON report to standard error.
        var json = await process.StandardError.ReadToEndAsync();
        await stdout;
        await process.WaitForExitAsync();
        if (string.IsNullOrWhiteSpace(json)) return [];

        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => new VnuError(
                new Uri(m.TryGetProperty("url", out var url) ? url.GetString()! : "file:///unknown").LocalPath,
                m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                m.GetProperty("message").GetString()!,
                m.TryGetProperty("extract", out var extract) ? extract.GetString() : null))
            .ToList();
    }
}
