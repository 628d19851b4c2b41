using SovietInterventions.Core.Import;
using SovietInterventions.Web.Editions.StaticSite;

namespace SovietInterventions.Importer;

/// <summary>export-site: the site over one database as static HTML (stylesheets and pictures included, links relative), zipped on request.</summary>
public static class SiteExportCommand
{
    public static async Task<int> RunAsync(string database, string folder, string[] rest, TextWriter output, TextWriter error)
    {
        if (!File.Exists(database)) throw new ImportException(database, null, "no such database file.");
        var zip = rest.Contains("--zip");
        var baseUrl = rest.SkipWhile(a => a != "--base-url").Skip(1).FirstOrDefault();
        if (rest.Except(["--zip", "--base-url", baseUrl]).Any())
            throw new ImportException("command line", null, $"unexpected arguments: {string.Join(' ', rest)}");

        var target = Path.GetFullPath(folder);
        output.WriteLine($"Copying the site over {Path.GetFullPath(database)} into {target}");
        var summary = await SiteHost.ExportAsync(database, target, AppContext.BaseDirectory, baseUrl, zip ? target.TrimEnd('/', '\\') + ".zip" : null);
        foreach (var failure in summary.Failed) await error.WriteLineAsync($"warning: not copied: {failure}");
        output.WriteLine($"Wrote {summary.Pages} pages and {summary.Assets} stylesheets and pictures{(zip ? $", and {target.TrimEnd('/', '\\')}.zip" : "")}.");
        return 0;
    }
}
