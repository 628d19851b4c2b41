using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Yaml;

public class YamlDataParserTests
{
    private const string Cases = """
        # river-map :: data/cases.yaml
        # Maintained by a hobbyist. PRs welcome.
        sources:
          - &kessler "Kessler, The River War (1950)"
        cases:
          - id: rur-1931
            target: Ruritania
            from: 1931-05   # the bridge
            to: 1932-03
            kind: invasion
            people:
              soviet: [Ivo Marik, 7th Army]
              opponents: [Anton Kessler]
            notes: >
              The crossing took two nights;
              the book says so.
            sources: [*kessler]
          - id: fre-1933
            target: Freedonia
            kind: advisers
        excluded:
          - {what: "Freedonian raid", year: 1934, why: "not Soviet"}
        todo:
          - check the 1935 case
        """;

    private static ParsedDocument Parse(string text = Cases, string fileName = "cases.yaml") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_yaml_file_is_data_and_its_title_is_its_name()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.Yaml, document.Format);
        Assert.Equal("cases", document.Title);
        Assert.Equal(["cases", "cases", "excluded", "todo"], document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text));
    }

    [Fact]
    public void Each_record_of_a_list_is_a_row_of_labelled_cells_with_a_nested_mappings_fields_as_cells_of_their_own()
    {
        var rows = ProseOf(Parse());

        Assert.Equal("rur-1931 — target: Ruritania; from: 1931-05; to: 1932-03; kind: invasion; soviet: Ivo Marik, 7th Army; opponents: Anton Kessler; "
            + "notes: The crossing took two nights; the book says so.", rows[0]);
        Assert.Equal("fre-1933 — target: Freedonia; kind: advisers.", rows[1]);
        Assert.Equal("Freedonian raid — year: 1934; why: not Soviet.", rows[2]);
        Assert.Equal("check the 1935 case", rows[3]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void Comments_and_sources_are_never_prose_a_records_notes_are_and_rows_name_their_lines()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("hobbyist", StringComparison.Ordinal) || b.Text.Contains("the bridge", StringComparison.Ordinal)
            || b.Text.Contains("Kessler, The River War", StringComparison.Ordinal));
        Assert.Contains("Kessler, The River War (1950)", document.References);
        Assert.DoesNotContain("The crossing took two nights; the book says so.", document.References);
        var lines = Cases.Split('\n');
        Assert.Contains("- id: rur-1931", lines[document.Blocks.Single(b => b.Text.StartsWith("rur-1931", StringComparison.Ordinal)).Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_that_cannot_be_read_is_an_error_naming_the_file_and_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse("cases:\n  - id: a\n    target: [Ruritania\n"));

        Assert.Equal("cases.yaml", error.FileName);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_record_takes_no_year_from_the_record_above_and_duplicate_labels_and_merge_keys_keep_the_first_and_the_records_own()
    {
        var document = Parse("""
            defaults: &d {kind: advisers, region: west}
            cases:
              - {id: a, from: 1931-05, people: {soviet: Ivo Marik}, soviet: 7th Army}
              - {name: August Storm, start_date: 1932, "start date": 1933}
              - {<<: *d, kind: invasion, target: Freedonia}
            """);

        var rows = ProseOf(document).Where(r => r.Contains('—')).ToList();
        Assert.Equal("a — from: 1931-05; soviet: Ivo Marik.", rows[0]);
        Assert.Equal("August Storm — start date: 1932.", rows[1]);
        Assert.Equal("invasion — target: Freedonia; region: west.", rows[2]);
    }

    [Fact]
    public void A_key_that_names_an_apparatus_heads_references_and_the_keys_after_it_are_prose_again()
    {
        var document = Parse("notes:\n  method: coded from memoirs\nsummary: Soviet troops entered Ruritania in May 1931.\nempty:\nnothing: ~\n");

        Assert.Contains("method: coded from memoirs", document.References);
        Assert.Equal(["summary: Soviet troops entered Ruritania in May 1931."], ProseOf(document));
    }

    [Fact]
    public void Yaml_nested_far_deeper_than_any_data_file_is_an_error_before_its_reader_recurses()
    {
        var error = Assert.Throws<ImportException>(() => Parse(new string('[', 100_000), "deep.yaml"));

        Assert.Contains("nests deeper", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_repeating_empty_values_are_an_error_not_a_hang()
    {
        var lines = new List<string> { $"a: &a [{string.Join(", ", Enumerable.Repeat("''", 1000))}]" };
        foreach (var (name, of) in new[] { ('b', 'a'), ('c', 'b'), ('d', 'c'), ('e', 'd') })
            lines.Add($"{name}: &{name} [{string.Join(", ", Enumerable.Repeat($"*{of}", 1000))}]");
        lines.Add($"f: [{string.Join(", ", Enumerable.Repeat("*e", 1000))}]");

        var error = Assert.Throws<ImportException>(() => Parse(string.Join("\n", lines), "laughs.yaml"));

        Assert.Contains("aliases", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hundred_thousand_records_of_different_keys_are_read_one_row_each()
    {
        var records = string.Join("\n", Enumerable.Range(0, 100_000).Select(i => $"- k{i:D6}: v"));

        Assert.Equal(100_000, ProseOf(Parse(records, "keys.yaml")).Count);
    }

    [Fact]
    public void Aliases_that_multiply_a_node_past_a_bound_are_an_error_not_a_flood()
    {
        var laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + string.Join("", Enumerable.Range(0, 8).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i)}", 9))}]\n"));

        var error = Assert.Throws<ImportException>(() => Parse(laughs, "laughs.yaml"));

        Assert.Contains("aliases", error.Problem, StringComparison.Ordinal);
    }
}
