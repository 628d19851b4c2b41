using CsCheck;
using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Tests.Import;

/// <summary>
/// The whole pipeline, not one parser, on ordinary writing: sentences that once stopped it, and documents composed
/// at random from the words its stages look for. It may refuse bad input with an error naming the file; it never
/// stops on an error of its own.
/// </summary>
public sealed class ImportPipelineTests
{
    private static ImportModel Import(string name, string text) => TestImport.Of((name, text));

    [Fact]
    public void A_citing_word_at_the_end_of_a_wrapped_line_is_read_with_the_next_line()
    {
        var text = "The Iran crisis\n\nSoviet troops stayed in northern Iran until May 1946. Truman later spoke of an ultimatum; historians\nhave found no trace of one.\n";

        var model = Import("iran.txt", text);

        Assert.Contains(model.Passages, p => p.Block.Text.Contains("historians have found no trace", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_cell_ending_in_a_passive_agent_is_read_without_error()
    {
        var table = "# Chronology\n\n| Date | Event | Who |\n|---|---|---|\n| March 1921 | a sailors' revolt crushed by the Red Army under Tukhachevsky | Soviet government |\n";

        var model = Import("chronology.md", table);

        // A revolt at home, in no foreign country, is no intervention.
        Assert.Empty(model.Episodes);
    }

    private static readonly string[] Fragments =
    [
        "Soviet troops invaded Hungary on 4 November 1956.", "The Red Army", "crushed by", "Zhukov", "historians", "scholars",
        "according to", "What the USSR did:", "no Soviet troops went into", "was not invaded by Soviet troops", "withdrew in 1989",
        "the Kremlin", "Moscow sent advisers to", "Afghanistan", "Prague", "Finland", "Iran", "(1968)", "1945–1949", "→", "22 June",
        "| 1921 |", "|", "| Date | Event | Who |\n|---|---|---|", "# Intervention in Iran, 1946", "=== Poland ===", "- ", "1.", "[1]",
        "[[Imre Nagy|Nagy]]", "{{cite book |title=X}}", ";", ":", ",", ".", "\n", "\n", "\n\n", "\n\n",
    ];

    [Fact]
    public void Documents_composed_of_the_words_the_stages_look_for_import_without_an_internal_error()
    {
        var document = Gen.Select(Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[1, 60], Gen.Int[0, 2].Select(i => new[] { ".txt", ".md", ".wiki" }[i]));
        document.Sample((fragments, extension) =>
        {
            var name = "composed" + extension;
            try
            {
                Import(name, string.Join(" ", fragments));
            }
            catch (ImportException e)
            {
                Assert.Contains(name, e.Message);
                Assert.DoesNotContain("internal error", e.Message); // a refusal of the input, not an error of the importer's own
            }
        }, iter: 300, threads: 1);
    }
}
