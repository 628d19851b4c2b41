namespace SovietInterventions.Core.Tests;

/// <summary>The checkout the tests run from: the folder holding SovietInterventions.sln, found by walking up from the test binaries.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string Seed(string fileName) => System.IO.Path.Combine(Path, "seeds", fileName);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SovietInterventions.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No SovietInterventions.sln above {AppContext.BaseDirectory}.");
    }
}
