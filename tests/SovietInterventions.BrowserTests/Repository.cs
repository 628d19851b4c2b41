namespace SovietInterventions.BrowserTests;

/// <summary>Where the repository and the web app's build output are, found from the test's own output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "SovietInterventions.Web");

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Data => Path.Combine(Root, "data");

    // The ProjectReference builds the web app in the same configuration as the tests (bin/<Configuration>/net10.0),
    // and its own bin folder has the app's deps.json and runtimeconfig.json, which the copy beside the tests lacks.
    public static string WebDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(WebProject, "bin", configuration, "net10.0", "SovietInterventions.Web.dll");
        }
    }

    public static string TestProject => Path.Combine(Root, "tests", "SovietInterventions.BrowserTests");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SovietInterventions.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No SovietInterventions.sln above {AppContext.BaseDirectory}");
    }
}
