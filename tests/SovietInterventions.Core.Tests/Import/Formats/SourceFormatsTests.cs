using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Tests.Import.Formats;

public class SourceFormatsTests
{
    [Fact]
    public void Every_source_format_has_exactly_one_entry_in_the_registry()
    {
        foreach (var format in Enum.GetValues<SourceFormat>())
            Assert.Single(SourceFormats.All, e => e.Format == format);
    }

    [Fact]
    public void Each_format_is_read_by_code_in_its_own_folder_named_after_it()
    {
        foreach (var entry in SourceFormats.All)
        {
            var expected = $"{typeof(SourceFormats).Namespace}.{entry.Format}";
            Assert.Equal(expected, entry.Parse.Method.DeclaringType!.Namespace);
            Assert.Equal(expected, entry.Likeness.Method.DeclaringType!.Namespace);
        }
    }

    [Fact]
    public void Every_format_has_a_label_of_its_own()
    {
        var labels = SourceFormats.All.Select(e => e.Label).ToList();
        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public void Plain_text_is_the_fallback_for_text_no_other_format_recognizes()
    {
        var shape = new DocumentShape("Just one line of prose about nothing in particular.", ["Just one line of prose about nothing in particular."]);
        var best = SourceFormats.All.MaxBy(e => e.Likeness(shape))!;
        Assert.Equal(SourceFormat.PlainText, best.Format);
        Assert.All(SourceFormats.All.Where(e => e != best), e => Assert.True(e.Likeness(shape) < best.Likeness(shape)));
    }

    [Fact]
    public void Front_matter_outweighs_wiki_headings_in_the_body()
    {
        const string text = "---\ntitle: Notes\n---\n== Background ==\n== Invasion ==\nThe Red Army crossed the border.\n";
        var shape = new DocumentShape(text, text.Split('\n').Where(l => l.Length > 0).ToList());
        Assert.Equal(SourceFormat.Markdown, SourceFormats.All.MaxBy(e => e.Likeness(shape))!.Format);
    }

    [Fact]
    public void A_file_ending_that_a_format_owns_wins_for_that_format_alone_whatever_the_text()
    {
        const string text = "Just one line of prose about nothing in particular.";
        foreach (var entry in SourceFormats.All)
            foreach (var extension in entry.Extensions)
            {
                var shape = new DocumentShape(text, [text], "notes" + extension);
                Assert.Equal(entry.Format, SourceFormats.All.MaxBy(e => e.Likeness(shape))!.Format);
                Assert.DoesNotContain(SourceFormats.All, other => other != entry && other.Extensions.Contains(extension));
            }
    }

    [Fact]
    public async Task The_command_line_help_names_every_file_ending_a_format_owns()
    {
        var help = new StringWriter();
        await Importer.Cli.RunAsync([], TextWriter.Null, help);

        Assert.All(SourceFormats.All.SelectMany(e => e.Extensions), extension => Assert.Contains(extension, help.ToString()));
        Assert.All(SourceFormats.All, e => Assert.Contains(e.Label, help.ToString()));
    }
}
