using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests;

/// <summary>The repository's data/ folder, loaded once for all tests.</summary>
internal static class RealData
{
    private static readonly Lazy<Gazetteer> Loaded = new(() => Gazetteer.Load(Directory));

    public static Gazetteer Gazetteer => Loaded.Value;

    public static string Directory => Path.Combine(Tests.RepositoryRoot.Path, "data");

    /// <summary>A copy of data/ in a fresh temporary folder, for tests that break or change a file; removed when the tests end.</summary>
    public static string CopyToTemp()
    {
        var dir = TempFolder("gazetteer-");
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json"))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        return dir;
    }

    /// <summary>A copy of data/ (<see cref="CopyToTemp"/>) with one file written by the test in place of its own.</summary>
    public static string CopyWith(string fileName, string content)
    {
        var dir = CopyToTemp();
        File.WriteAllText(Path.Combine(dir, fileName), content);
        return dir;
    }

    /// <summary>A fresh temporary folder holding only one data file, written by the test; removed when the tests end.</summary>
    public static string FolderWith(string fileName, string content)
    {
        var dir = TempFolder("data-");
        File.WriteAllText(Path.Combine(dir, fileName), content);
        return dir;
    }

    private static string TempFolder(string prefix)
    {
        var dir = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(dir, recursive: true);
        return dir;
    }
}
