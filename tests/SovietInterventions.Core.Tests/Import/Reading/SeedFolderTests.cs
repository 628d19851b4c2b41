using System.Diagnostics;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Reading;

namespace SovietInterventions.Core.Tests.Import.Reading;

public sealed class SeedFolderTests : IDisposable
{
    readonly string outside = Directory.CreateTempSubdirectory("seed-folder-outside-").FullName;
    readonly string seeds;

    public SeedFolderTests()
    {
        seeds = Directory.CreateDirectory(Path.Combine(outside, "seeds")).FullName;
        File.WriteAllText(Path.Combine(seeds, "notes.md"), "# Notes\n\nSome history.\n");
    }

    public void Dispose() => Directory.Delete(outside, recursive: true);

    [Fact]
    public void Regular_files_are_listed_in_name_order()
    {
        File.WriteAllText(Path.Combine(seeds, "article.txt"), "An article\n");

        var listing = SeedFolder.List(seeds);

        Assert.Equal(["article.txt", "notes.md"], listing.Documents.Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("readme.txt")]
    [InlineData("SOURCES.md")]
    [InlineData("LICENSE")]
    [InlineData("sources.json")]
    [InlineData(".obsidian-note.md")]
    public void Folder_descriptions_and_hidden_files_are_skipped_with_a_note_naming_them(string name)
    {
        File.WriteAllText(Path.Combine(seeds, name), "About this folder\n");

        var listing = SeedFolder.List(seeds);

        Assert.DoesNotContain(listing.Documents, d => Path.GetFileName(d) == name);
        Assert.Contains(listing.Skipped, s => s.StartsWith(name + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_whose_name_only_contains_sources_is_still_read()
    {
        File.WriteAllText(Path.Combine(seeds, "primary-sources-on-berlin.md"), "# Berlin\n");

        Assert.Contains(SeedFolder.List(seeds).Documents, d => d.EndsWith("primary-sources-on-berlin.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbolic_link_to_a_file_outside_the_folder_is_refused_naming_the_link()
    {
        var secret = Path.Combine(outside, "secret.txt");
        File.WriteAllText(secret, "not a seed\n");
        File.CreateSymbolicLink(Path.Combine(seeds, "passwd"), secret);

        var e = Assert.Throws<ImportException>(() => SeedFolder.List(seeds));

        Assert.Equal("passwd", e.FileName);
        Assert.Contains("outside the seeds folder", e.Problem);
    }

    [Fact]
    public void A_symbolic_link_through_a_linked_directory_is_judged_by_where_it_really_leads()
    {
        Directory.CreateSymbolicLink(Path.Combine(seeds, ".escape"), outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "not a seed\n");
        File.CreateSymbolicLink(Path.Combine(seeds, "looks-inside.md"), Path.Combine(seeds, ".escape", "secret.txt"));

        var e = Assert.Throws<ImportException>(() => SeedFolder.List(seeds));

        Assert.Equal("looks-inside.md", e.FileName);
    }

    [Fact]
    public void A_symbolic_link_to_a_regular_file_inside_the_folder_is_read()
    {
        File.CreateSymbolicLink(Path.Combine(seeds, "alias.md"), "notes.md");

        var listing = SeedFolder.List(seeds);

        Assert.Contains(listing.Documents, d => d.EndsWith("alias.md", StringComparison.Ordinal));
        Assert.Equal("# Notes\n\nSome history.\n", SeedFolder.Read(listing).Single(s => s.FileName == "alias.md").Text);
    }

    [Fact]
    public void A_symbolic_link_to_a_device_is_refused_naming_the_link()
    {
        if (!OperatingSystem.IsLinux()) return; // devices are a Unix matter
        File.CreateSymbolicLink(Path.Combine(seeds, "zero.md"), "/dev/zero");

        var e = Assert.Throws<ImportException>(() => SeedFolder.List(seeds));

        Assert.Equal("zero.md", e.FileName);
    }

    [Fact]
    public void A_named_pipe_is_refused_without_being_opened()
    {
        if (!OperatingSystem.IsLinux()) return; // FIFOs are a Unix matter
        var fifo = Path.Combine(seeds, "pipe.md");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        var e = Assert.Throws<ImportException>(() => SeedFolder.List(seeds));

        Assert.Equal("pipe.md", e.FileName);
        Assert.Contains("FIFO", e.Problem);
    }

    [Fact]
    public void A_directory_among_the_seeds_is_refused_naming_it()
    {
        Directory.CreateDirectory(Path.Combine(seeds, "drafts"));

        var e = Assert.Throws<ImportException>(() => SeedFolder.List(seeds));

        Assert.Equal("drafts", e.FileName);
        Assert.Contains("directory", e.Problem);
    }

    [Fact]
    public void A_file_over_the_per_file_limit_is_refused_before_it_is_read()
    {
        File.WriteAllText(Path.Combine(seeds, "big.txt"), new string('a', 2000));

        var e = Assert.Throws<ImportException>(() => SeedFolder.List(seeds, new ReadLimits(1000, 10_000)));

        Assert.Equal("big.txt", e.FileName);
        Assert.Contains("per file", e.Problem);
    }

    [Fact]
    public void Files_together_over_the_per_import_limit_are_refused_naming_the_file_that_passes_it()
    {
        File.WriteAllText(Path.Combine(seeds, "one.txt"), new string('a', 600));
        File.WriteAllText(Path.Combine(seeds, "two.txt"), new string('b', 600));

        var e = Assert.Throws<ImportException>(() => SeedFolder.List(seeds, new ReadLimits(1000, 1000)));

        Assert.Equal("two.txt", e.FileName);
        Assert.Contains("per import", e.Problem);
    }

    [Fact]
    public void A_file_that_grows_after_it_was_listed_is_stopped_while_reading()
    {
        var listing = SeedFolder.List(seeds, new ReadLimits(100, 1000));
        File.AppendAllText(Path.Combine(seeds, "notes.md"), new string('x', 500));

        var e = Assert.Throws<ImportException>(() => SeedFolder.Read(listing));

        Assert.Equal("notes.md", e.FileName);
    }

    [Fact]
    public void A_folder_of_only_skipped_files_holds_no_documents()
    {
        File.Move(Path.Combine(seeds, "notes.md"), Path.Combine(seeds, "README.md"));

        var e = Assert.Throws<ImportException>(() => SeedFolder.List(seeds));

        Assert.Contains("no documents", e.Problem);
    }
}
