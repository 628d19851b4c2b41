using System.Diagnostics;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Reading;

namespace SovietInterventions.Core.Tests.Import.Reading;

/// <summary>A hard link is another name of a file, perhaps one outside the folder: refused unless allowed.</summary>
public sealed class SeedFolderHardLinkTests : IDisposable
{
    readonly string outside = Directory.CreateTempSubdirectory("seed-folder-links-").FullName;
    readonly string seeds;
    readonly string secret;

    public SeedFolderHardLinkTests()
    {
        seeds = Directory.CreateDirectory(Path.Combine(outside, "seeds")).FullName;
        File.WriteAllText(Path.Combine(seeds, "notes.md"), "# Notes\n\nSome history.\n");
        secret = Path.Combine(outside, "secret.txt");
        File.WriteAllText(secret, "not a seed\n");
    }

    public void Dispose() => Directory.Delete(outside, recursive: true);

    static void HardLink(string target, string link)
    {
        using var ln = Process.Start("ln", [target, link]);
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }

    [Fact]
    public void A_hard_link_to_a_file_outside_the_folder_is_refused_naming_the_entry()
    {
        if (!OperatingSystem.IsLinux()) return; // link counts are read with statx
        HardLink(secret, Path.Combine(seeds, "passwd"));

        var e = Assert.Throws<ImportException>(() => SeedFolder.List(seeds));

        Assert.Equal("passwd", e.FileName);
        Assert.Contains("2 hard links", e.Problem);
    }

    [Fact]
    public void A_symbolic_link_inside_the_folder_to_a_hard_linked_file_is_refused_naming_the_link()
    {
        if (!OperatingSystem.IsLinux()) return;
        HardLink(secret, Path.Combine(seeds, ".hidden-copy"));
        File.CreateSymbolicLink(Path.Combine(seeds, "alias.md"), Path.Combine(seeds, ".hidden-copy"));

        var e = Assert.Throws<ImportException>(() => SeedFolder.List(seeds));

        Assert.Equal("alias.md", e.FileName);
        Assert.Contains("hard links", e.Problem);
    }

    [Fact]
    public void A_hard_linked_file_is_read_when_the_limits_allow_hard_links()
    {
        if (!OperatingSystem.IsLinux()) return;
        HardLink(secret, Path.Combine(seeds, "linked.txt"));

        var listing = SeedFolder.List(seeds, ReadLimits.Default with { AllowHardLinks = true });

        Assert.Contains(listing.Documents, d => Path.GetFileName(d) == "linked.txt");
    }

    [Fact]
    public void A_file_with_one_name_is_read()
    {
        Assert.Equal(["notes.md"], SeedFolder.List(seeds).Documents.Select(Path.GetFileName));
    }
}
