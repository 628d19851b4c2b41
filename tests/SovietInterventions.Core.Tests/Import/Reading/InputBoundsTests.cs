using System.Diagnostics;
using System.Text;
using SovietInterventions.Core.Import;
using Xunit.Abstractions;

namespace SovietInterventions.Core.Tests.Import.Reading;

/// <summary>
/// The whole import (read, parse, extract, merge, write) on inputs that once ran away: each ends with a result or an
/// error naming the file. The time limit is a guard against a hang, not a benchmark; the measured time is printed.
/// </summary>
[Trait("Category", "Slow")]
public sealed class InputBoundsTests(ITestOutputHelper output) : IDisposable
{
    const int Guard = 120_000;
    readonly string folder = Directory.CreateTempSubdirectory("input-bounds-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    static string Prose(int paragraphs) => string.Concat(Enumerable.Range(0, paragraphs)
        .Select(i => $"Paragraph {i}: in 1956 Soviet troops entered Budapest after the Hungarian government left the Warsaw Pact.\n\n"));

    static string Line(int length)
    {
        const string sentence = "In 1956 Soviet tanks entered Budapest, Hungary, and the Red Army put down the rising. ";
        return new StringBuilder(length + sentence.Length).Insert(0, sentence, length / sentence.Length + 1).ToString(0, length);
    }

    [Fact(Timeout = Guard)]
    public Task A_one_megabyte_line_in_notes_ends_with_a_result_or_an_error_naming_the_file() =>
        Bounded("long-line.md", "# A long line\n\n" + Line(1_000_000) + "\n");

    [Fact(Timeout = Guard)]
    public Task A_one_megabyte_line_in_a_scraped_article_ends_with_a_result_or_an_error_naming_the_file() =>
        Bounded("long-line.txt", "A long line\n\n" + Line(1_000_000) + "\n");

    [Fact(Timeout = Guard)]
    public Task A_one_megabyte_line_without_spaces_ends_with_a_result_or_an_error_naming_the_file() =>
        Bounded("no-spaces.md", "# No spaces\n\n" + string.Concat(Enumerable.Repeat("Budapest,Hungary1956", 50_000)) + "\n");

    [Fact(Timeout = Guard)]
    public Task Twenty_thousand_plain_headings_end_with_a_result_or_an_error_naming_the_file() =>
        Bounded("headings.md", "# Many headings\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"## Section {i}\n\nSome text about section {i}.\n\n")));

    [Fact(Timeout = Guard)]
    public Task Twenty_thousand_episode_headings_end_with_a_result_or_an_error_naming_the_file() =>
        Bounded("headings.wiki", "'''Many''' headings.\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"==== {1918 + i % 74}: Poland ====\nSoviet forces entered Poland.\n")));

    [Fact(Timeout = Guard)]
    public Task A_list_nested_ten_thousand_deep_in_notes_ends_with_a_result_or_an_error_naming_the_file() =>
        Bounded("nested.md", "# Nested\n\n" + Prose(250) + string.Concat(Enumerable.Repeat("- ", 10_000)) + "Soviet troops entered Hungary in 1956.\n");

    [Fact(Timeout = Guard)]
    public Task A_list_indented_two_spaces_deeper_on_each_of_three_thousand_lines_ends_with_a_result_or_an_error_naming_the_file() =>
        Bounded("indented.md", "# Indented\n\n" + string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- 1956 Hungary\n")));

    [Fact(Timeout = Guard)]
    public Task A_list_indented_up_and_down_just_under_the_limit_ends_with_a_result_or_an_error_naming_the_file() =>
        Bounded("sawtooth.md", "# Sawtooth\n\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => new string(' ', 2 * (i % 64)) + "- Soviet troops entered Hungary in 1956.\n")));

    [Fact(Timeout = Guard)]
    public Task A_quote_nested_ten_thousand_deep_ends_with_a_result_or_an_error_naming_the_file() =>
        Bounded("quoted.md", "# Quoted\n\n" + Prose(250) + new string('>', 10_000) + " The Red Army entered Prague in 1968.\n");

    [Fact(Timeout = Guard)]
    public Task A_wiki_list_nested_ten_thousand_deep_ends_with_a_result_or_an_error_naming_the_file() =>
        Bounded("nested.wiki", "'''Nested''' list.\n\n== Items ==\n" + Prose(250) + new string('*', 10_000) + " Soviet troops in Hungary 1956\n");

    [Fact(Timeout = Guard)]
    public Task Templates_nested_five_thousand_deep_end_with_a_result_or_an_error_naming_the_file() =>
        Bounded("templates.wiki", "'''Nested''' templates.\n\n== Items ==\n" + Prose(800) + string.Concat(Enumerable.Repeat("{{", 5_000)) + "x" + string.Concat(Enumerable.Repeat("}}", 5_000)) + "\n");

    async Task Bounded(string fileName, string text)
    {
        var seeds = Directory.CreateDirectory(Path.Combine(folder, "seeds")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seeds, fileName), text);
        var options = SeedImportFixture.Options(Path.Combine(folder, "encyclopedia.db"), seeds);
        var clock = Stopwatch.StartNew();

        var outcome = await Task.Run(() =>
        {
            try
            {
                var summary = SeedImport.Run(options);
                return $"imported: {summary.Episodes} episodes";
            }
            catch (ImportException e)
            {
                Assert.Contains(fileName, e.Message);
                return $"refused: {e.Message}";
            }
        });

        output.WriteLine($"{fileName} ({text.Length:N0} characters): {outcome} in {clock.Elapsed.TotalSeconds:F1} s");
    }
}
