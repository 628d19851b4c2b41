using System.Diagnostics;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Report;

public class FixedWidthReportParserTests
{
    // A line-printer report: ASA carriage control in the first column, a page header repeated on each page, a legend at the end.
    private const string PrintFile = """
        1RVR210   RIVER CROSSINGS FILE - KESSEL SERIES                                RUN 88/02/01   PAGE    1
         DATES ARE YYMMDD, CENTURY 19 ASSUMED. DD=00: DAY UNKNOWN.
        0ID   ACT  WHERE  START   FINISH  KND SOV DESCRIPTION
         ---- ---- -----  ------  ------  --- --- ------------------------------
         0001 KES  RUR    310512  310600  BRG  Y  BRIDGE AT KESSEL
                          NOTE: ENGINEERS BUILT THE BRIDGE IN TWO NIGHTS;
                          NOTE: THE GARRISON FLED EAST.
         0002 OTH  RUR    330000  330900  RAD  N  NIGHT RAID
        0                             *** CONTINUED ***
        1RVR210   RIVER CROSSINGS FILE - KESSEL SERIES                                RUN 88/02/01   PAGE    2
         DATES ARE YYMMDD, CENTURY 19 ASSUMED. DD=00: DAY UNKNOWN.
        0ID   ACT  WHERE  START   FINISH  KND SOV DESCRIPTION
         ---- ---- -----  ------  ------  --- --- ------------------------------
         0003 KES  RUR    351301  351399  BRG  Y  FERRY AT OSTEN
        0SUMMARY
           RECORDS READ ............. 112
        0LEGEND  KND: BRG=BRIDGING  RAD=RAID, BY NIGHT
                 WHERE: RUR=RURITANIA   ACT: KES=KESSEL ARMY
                 OTH=OTHER SIDE
         ***** END OF REPORT RVR210 *****
        """;

    private static ParsedDocument Parse(string text = PrintFile, string fileName = "RVR210.PRT") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_print_file_with_a_table_under_a_rule_of_dash_groups_is_read_as_a_report()
    {
        Assert.Equal(SourceFormat.Report, FormatDetector.Detect(Of(PrintFile, "RVR210.PRT")));
        Assert.Equal(SourceFormat.Report, FormatDetector.Detect(Of(PrintFile, "crossings.txt")));
    }

    [Fact]
    public void The_first_line_of_the_page_header_without_its_page_number_and_run_date_is_the_title()
    {
        Assert.Equal("River Crossings File - Kessel Series", Parse().Title);
    }

    [Fact]
    public void Each_row_is_a_record_of_cells_under_the_header_labels_with_legend_codes_written_as_their_names()
    {
        var rows = ProseOf(Parse()).Where(p => p.StartsWith("ID:", StringComparison.Ordinal)).ToList();

        Assert.Equal("ID: 0001; ACT: Kessel ARMY; WHERE: Ruritania; START: 12 May 1931; FINISH: June 1931; KND: Bridging; SOV: Y; DESCRIPTION: Bridge AT Kessel.", rows[0]);
        // "OTH" is defined on a line of its own that continues the legend of ACT, the column named before it.
        Assert.Contains("ACT: Other Side;", rows[1]);
        Assert.Contains("KND: Raid, BY Night;", rows[1]);
    }

    [Fact]
    public void A_date_in_the_declared_form_reads_as_words_an_unknown_day_or_month_left_out_and_no_date_left_empty()
    {
        var rows = ProseOf(Parse()).Where(p => p.StartsWith("ID:", StringComparison.Ordinal)).ToList();

        Assert.Contains("START: 1933; FINISH: September 1933;", rows[1]);
        // "351301" and "351399" are no dates: month 13, day 99.
        Assert.DoesNotContain("START", rows[2]);
        Assert.DoesNotContain("FINISH", rows[2]);
    }

    [Fact]
    public void The_lines_under_a_row_are_one_paragraph_after_it_without_their_repeated_label()
    {
        var prose = ProseOf(Parse());

        var row = prose.FindIndex(p => p.StartsWith("ID: 0001", StringComparison.Ordinal));
        Assert.Equal("Engineers Built THE Bridge IN TWO Nights; THE Garrison FLED East.", prose[row + 1]);
    }

    [Fact]
    public void Page_headers_banners_the_summary_and_the_legend_are_no_prose()
    {
        var prose = ProseOf(Parse());

        Assert.Equal(4, prose.Count);
        Assert.DoesNotContain(prose, p => p.Contains("CONTINUED", StringComparison.OrdinalIgnoreCase) || p.Contains("PAGE", StringComparison.OrdinalIgnoreCase)
            || p.Contains("Records", StringComparison.OrdinalIgnoreCase) || p.Contains("BRG=", StringComparison.Ordinal) || p.Contains("YYMMDD", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spool_file_of_a_query_with_no_carriage_control_is_a_report_and_keeps_its_letter_case()
    {
        const string spool = """
            START_DT   TARGET      DESCRIPTION
            ---------- ----------- ------------------------------
            1931-05-12 Ruritania   Soviet engineers bridged the river
            1933-09-01 Ruritania   a raid by night

            2 rows selected.
            """;

        var document = Parse(spool, "crossings.lst");

        Assert.Equal(SourceFormat.Report, document.Format);
        Assert.Equal("START DT: 1931-05-12; TARGET: Ruritania; DESCRIPTION: Soviet engineers bridged the river.", ProseOf(document)[0]);
        Assert.Equal(2, ProseOf(document).Count);
    }

    [Theory]
    // A small table in an article is the article's: most of its lines are prose.
    [InlineData("""
        The Kessel crossings were many, and the historians who counted them disagree about nearly all of them.
        Some say that the bridge was built in two nights; others that it took a week of work under fire.
        The garrison, in any case, fled east before the engineers had finished, leaving its guns behind.
        Later writers added a ferry at Osten, which no document of the time mentions at all.
        A table of the crossings the older accounts give follows.

        Year  Place   What
        ----  ------  ------
        1931  Kessel  bridge
        1935  Osten   ferry

        None of these dates is certain, and the ferry may be a legend.
        """)]
    // A rule under a heading, or a rule of one group, is no table's.
    [InlineData("""
        Kessel crossings
        ----------------

        In May 1931 the engineers bridged the river at Kessel.
        """)]
    public void Text_that_is_mostly_prose_is_no_report(string text)
    {
        Assert.NotEqual(SourceFormat.Report, FormatDetector.Detect(Of(text, "notes.txt")));
    }

    [Fact]
    public void A_huge_line_of_dash_groups_is_read_in_linear_time()
    {
        var rule = string.Concat(Enumerable.Repeat("-- ", 300_000));
        var words = string.Concat(Enumerable.Repeat("ab ", 300_000));
        var text = $"1TITLE\n {words}\n {rule}\n {words}\n {words}\n";

        var clock = Stopwatch.StartNew();
        FormatDetector.Detect(Of(text, "huge.prt"));
        SourceFormats.For(SourceFormat.Report).Parse(Of(text, "huge.prt"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}
