using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Patch;

public class PatchParserTests
{
    // An invented timeline's fix, as git format-patch writes it.
    private const string FormatPatch = """
        From 5d880c702b7876b388ab0734f11f8c44f1d2c48f Mon Sep 17 00:00:00 2001
        From: A. Editor <editor@example.org>
        Date: Tue, 11 Mar 2025 21:14:03 +0100
        Subject: [PATCH] timeline: fix the Ruritania dates and
         expand the entry

        The crossing was dated 1930; the sources give May 1931.

        Signed-off-by: A. Editor <editor@example.org>
        ---
         content/timeline/1930s.md | 4 +++-
         1 file changed, 3 insertions(+), 1 deletion(-)

        diff --git a/content/timeline/1930s.md b/content/timeline/1930s.md
        index 6f1e877..11a7a58 100644
        --- a/content/timeline/1930s.md
        +++ b/content/timeline/1930s.md
        @@ -3,4 +3,6 @@ Earlier entries
         ### 1931 — Ruritania
        -Soviet troops cross the river in 1930.
        +On 3 May 1931 Soviet troops cross the river.
        +
        +The regent flees.
        --
        2.39.2
        """;

    private static ParsedDocument Parse(string text = FormatPatch, string fileName = "0001-fix.patch") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_patch_is_titled_by_its_subject_without_the_patch_tag()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.Patch, document.Format);
        Assert.Equal("timeline: fix the Ruritania dates and expand the entry", document.Title);
    }

    [Fact]
    public void The_changed_file_reads_as_it_stands_after_the_change_on_the_patch_s_own_lines()
    {
        var document = Parse();
        var prose = ProseOf(document);

        Assert.Contains("On 3 May 1931 Soviet troops cross the river.", prose);
        Assert.DoesNotContain(prose, p => p.Contains("in 1930", StringComparison.Ordinal));
        Assert.Equal(21, document.Blocks.Single(b => b.Text == "On 3 May 1931 Soviet troops cross the river.").Line);
        Assert.Equal("1931 — Ruritania", document.Blocks.Single(b => b.Text == "The regent flees.").Section!.Text);
    }

    [Fact]
    public void The_commit_message_is_prose_and_the_headers_diffstat_and_trailers_are_not()
    {
        var all = string.Join("\n", Parse().Blocks.Select(b => b.Text));

        Assert.Contains("The crossing was dated 1930; the sources give May 1931.", all);
        foreach (var debris in new[] { "Signed-off-by", "insertions", "index 6f1e877", "@@", "2.39.2", "editor@example.org" })
            Assert.DoesNotContain(debris, all);
    }

    [Fact]
    public void Notes_that_quote_a_diff_further_down_stay_notes()
    {
        var notes = "# Notes\n\nIn October 1956 Soviet tanks entered Budapest.\n\n```diff\n--- a/x.md\n+++ b/x.md\n@@ -1 +1 @@\n-old\n+new\n```\n";

        Assert.Equal(SourceFormat.Markdown, Parse(notes, "notes.md").Format);
    }

    [Fact]
    public void Each_mail_of_a_series_has_its_message_under_its_own_subject()
    {
        var series = FormatPatch + "\nFrom 6e991d813c8f8e0b1a7b0c7d1e2f3a4b5c6d7e8f Mon Sep 17 00:00:00 2001\nFrom: A. Editor <editor@example.org>\n"
            + "Subject: [PATCH 2/2] timeline: add Freedonia\n\nIn August 1933 Soviet troops entered Freedonia.\n---\n";

        var document = Parse(series);

        Assert.Equal("timeline: add Freedonia", document.Blocks.Single(b => b.Text == "In August 1933 Soviet troops entered Freedonia.").Section!.Text);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("editor@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_of_one_changed_file_never_heads_the_next_files_lines()
    {
        var twoFiles = "diff --git a/1930s.md b/1930s.md\n--- a/1930s.md\n+++ b/1930s.md\n@@ -1,2 +1,2 @@\n ### 1931 — Ruritania\n+Troops crossed the river.\n"
            + "diff --git a/1940s.md b/1940s.md\n--- a/1940s.md\n+++ b/1940s.md\n@@ -5,1 +5,2 @@\n+In 1944 Soviet troops entered the capital.\n";

        var document = Parse(twoFiles, "two.diff");

        Assert.Equal("1940s", document.Blocks.Single(b => b.Text == "In 1944 Soviet troops entered the capital.").Section!.Text);
    }

    [Fact]
    public void A_plain_unified_diff_of_a_text_file_is_read_as_plain_text()
    {
        var diff = "--- a/notes.txt\n+++ b/notes.txt\n@@ -1,2 +1,2 @@\n Ruritania\n-Troops crossed in 1930.\n+Troops crossed in 1931.\n";

        var document = Parse(diff, "notes.diff");

        Assert.Equal(SourceFormat.Patch, document.Format);
        Assert.Contains(ProseOf(document), p => p.Contains("Troops crossed in 1931.", StringComparison.Ordinal));
        Assert.DoesNotContain(ProseOf(document), p => p.Contains("1930", StringComparison.Ordinal));
    }
}
