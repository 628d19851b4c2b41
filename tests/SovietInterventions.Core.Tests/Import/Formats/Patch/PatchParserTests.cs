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
    public void A_plain_unified_diff_of_a_text_file_is_read_as_plain_text()
    {
        var diff = "--- a/notes.txt\n+++ b/notes.txt\n@@ -1,2 +1,2 @@\n Ruritania\n-Troops crossed in 1930.\n+Troops crossed in 1931.\n";

        var document = Parse(diff, "notes.diff");

        Assert.Equal(SourceFormat.Patch, document.Format);
        Assert.Contains(ProseOf(document), p => p.Contains("Troops crossed in 1931.", StringComparison.Ordinal));
        Assert.DoesNotContain(ProseOf(document), p => p.Contains("1930", StringComparison.Ordinal));
    }
}
