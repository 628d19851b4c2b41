using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Delimited;

public class DelimitedTableParserTests
{
    private const string Timeline =
        "# maintained by a class tutor, tidied 2021-03-04\n" +
        "when\twho\twhat happened\tsource\n" +
        "1958-04-02\tArmy engineers\tA bridge is begun over the northern river.\tField diary, p. 3\n" +
        "9 Jun\tArmy engineers\tThe bridge is opened to traffic.\tField diary, p. 9\n" +
        "\t\t\t\n";

    private static ParsedDocument Parse(string text, string fileName) => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_tsv_file_is_read_as_a_table_with_one_passage_per_row()
    {
        var document = Parse(Timeline, "river-timeline.tsv");

        Assert.Equal(SourceFormat.Delimited, document.Format);
        Assert.Equal(2, ProseOf(document).Count);
        Assert.All(document.Blocks, b => Assert.Equal(PassageKind.Paragraph, b.Kind));
    }

    [Fact]
    public void A_row_reads_its_first_cell_and_each_other_cell_after_its_column_name()
    {
        var first = ProseOf(Parse(Timeline, "river-timeline.tsv"))[0];

        Assert.Equal("2 April 1958 — who: Army engineers; what happened: A bridge is begun over the northern river.", first);
    }

    [Fact]
    public void A_day_and_month_without_a_year_takes_the_year_of_the_row_above()
    {
        Assert.StartsWith("9 Jun 1958 — ", ProseOf(Parse(Timeline, "river-timeline.tsv"))[1]);
    }

    [Fact]
    public void A_comment_line_is_no_title_and_no_prose()
    {
        var document = Parse(Timeline, "river-timeline.tsv");

        Assert.Equal("river-timeline", document.Title);
        Assert.DoesNotContain(ProseOf(document), p => p.Contains("tutor"));
        Assert.DoesNotContain(document.Blocks, b => b.Kind == PassageKind.Heading);
    }

    private const string Spreadsheet =
        "RIVER WORKS — MASTER TIMELINE (v3) — do not sort!,,,\n" +
        "last edit: a tutor,,,\n" +
        ",,,\n" +
        "#,When,Place,What happened\n" +
        "1,1958-04-02,North bank,A bridge is begun.\n";

    [Fact]
    public void A_spreadsheets_title_rows_above_its_header_are_prose_and_a_column_named_hash_heads_the_table()
    {
        var prose = ProseOf(Parse(Spreadsheet, "river.csv"));

        Assert.Equal(["RIVER WORKS — MASTER TIMELINE (v3) — do not sort!", "last edit: a tutor", "1 — When: 1958-04-02; Place: North bank; What happened: A bridge is begun."], prose);
    }

    [Fact]
    public void A_sources_column_gives_references_not_prose()
    {
        var document = Parse(Timeline, "river-timeline.tsv");

        Assert.Contains("Field diary, p. 9", document.References);
        Assert.DoesNotContain(ProseOf(document), p => p.Contains("Field diary"));
    }

    private const string Tracker =
        "year_start,year_end,target,notes,source,created,last_edited_by\n" +
        "1961,1963,Port town,Crews landed at night.,Field diary,\"February 10, 2024 6:21 PM\",Jordan Pike\n";

    [Fact]
    public void A_notes_column_is_prose_and_a_trackers_columns_of_who_edited_a_row_and_when_are_left_out()
    {
        var document = Parse(Tracker, "tracker.csv");

        Assert.Equal(["1961 — year end: 1963; target: Port town; notes: Crews landed at night."], ProseOf(document));
        Assert.Contains("Field diary", document.References);
    }

    [Fact]
    public void A_quoted_csv_cell_may_hold_commas_line_breaks_and_doubled_quotes()
    {
        const string csv = "year,place,note\n1961,\"Port town, east coast\",\"Crews landed at night.\nThe mayor said \"\"no\"\".\"\n";

        var row = Assert.Single(ProseOf(Parse(csv, "landings.csv")));

        Assert.Equal("1961 — place: Port town, east coast; note: Crews landed at night. The mayor said \"no\".", row);
    }

    [Fact]
    public void An_anki_deck_has_no_header_row_its_cells_are_html_and_its_tags_are_no_text()
    {
        var deck = "#separator:tab\n#html:true\n#tags column:3\n"
            + "Operation Whirlwind?\tThe Soviet crushing of the rising, 4 Nov 1956.<br>Imre Nagy <b>overthrown</b> &amp; Kádár installed\tussr::intervention hungary\n"
            + "Operation Danube?\tThe invasion of Czechoslovakia, 20–21 Aug 1968\tczechoslovakia 1960s\n"
            + "Moscow Protocol?\tSigned 26 Aug 1968, <i>not</i> a military operation\ttreaty\n";

        var document = Parse(deck, "anki_export_deck.txt");

        Assert.Equal([
            "Operation Whirlwind? — The Soviet crushing of the rising, 4 Nov 1956. Imre Nagy overthrown & Kádár installed.",
            "Operation Danube? — The invasion of Czechoslovakia, 20–21 Aug 1968.",
            "Moscow Protocol? — Signed 26 Aug 1968, not a military operation.",
        ], ProseOf(document));
        Assert.Empty(document.References);
    }

    [Fact]
    public void A_deck_of_bookkeeping_columns_only_is_refused_with_a_clear_error_not_a_crash()
    {
        var deck = "#separator:tab\n#tags column:1\nhungary\nczechoslovakia\nafghanistan\n";

        var e = Assert.Throws<SovietInterventions.Core.Import.ImportException>(() => DocumentParser.Parse(Of(deck, "deck.tsv")));
        Assert.StartsWith("deck.tsv: no text found", e.Message);
    }
}
