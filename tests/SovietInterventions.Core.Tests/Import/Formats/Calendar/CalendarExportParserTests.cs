using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Calendar;

public class CalendarExportParserTests
{
    // Folded lines (a break then one space) and escapes ("\,", "\;", "\n") as Google Calendar exports them.
    private const string Anniversaries = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\n"
        + "X-WR-CALNAME:River wars - on this day\r\nX-WR-CALDESC:One event per anniversary\\, repeating yearly.\r\n"
        + "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\nBEGIN:STANDARD\r\nDTSTART:19701025T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:19310512\r\nDTEND;VALUE=DATE:19310513\r\nRRULE:FREQ=YEARLY\r\nUID:a@example\r\n"
        + "SUMMARY:Engineers bridge the river\r\nDESCRIPTION:Soviet engineers under General Ivo Ma\r\n rik bridged the river at dawn\\; the crossing took two nights.\\n\\nA later book\r\n  doubts the date.\r\nLOCATION:Ruritania\r\nEND:VEVENT\r\n"
        + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:19320601\r\nDTEND;VALUE=DATE:19320604\r\nUID:b@example\r\nSUMMARY:Siege of the harbour\r\nEND:VEVENT\r\n"
        + "END:VCALENDAR\r\n";

    private static ParsedDocument Parse(string text = Anniversaries, string fileName = "river.ics") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_calendar_is_told_by_its_ending_or_its_first_line()
    {
        Assert.Equal(SourceFormat.Calendar, FormatDetector.Detect(Of(Anniversaries, "river.ics")));
        Assert.Equal(SourceFormat.Calendar, FormatDetector.Detect(Of(Anniversaries, "river.txt")));
    }

    [Fact]
    public void Each_event_heads_its_description_with_its_summary_and_its_dates_in_words()
    {
        var document = Parse();

        Assert.Equal("River wars - on this day", document.Title);
        Assert.Equal(["River wars - on this day", "Engineers bridge the river (12 May 1931)", "Siege of the harbour (1 June 1932 – 3 June 1932)"],
            document.Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => b.Text));
        Assert.Equal("River wars - on this day › Engineers bridge the river (12 May 1931)",
            Path(document.Blocks.Single(b => b.Text.StartsWith("Soviet engineers", StringComparison.Ordinal)).Headings));
    }

    [Fact]
    public void Folded_lines_are_unfolded_escapes_read_as_their_characters_and_a_blank_line_parts_paragraphs()
    {
        Assert.Equal(["One event per anniversary, repeating yearly.",
            "Soviet engineers under General Ivo Marik bridged the river at dawn; the crossing took two nights.", "A later book doubts the date."],
            ProseOf(Parse()));
    }

    [Fact]
    public void Bookkeeping_and_time_zones_are_never_prose_and_every_passage_names_its_line()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("UID", StringComparison.Ordinal) || b.Text.Contains("FREQ", StringComparison.Ordinal)
            || b.Text.Contains("Europe/London", StringComparison.Ordinal));
        var lines = Anniversaries.Split("\r\n");
        var description = document.Blocks.Single(b => b.Text.StartsWith("Soviet engineers", StringComparison.Ordinal));
        Assert.StartsWith("DESCRIPTION:", lines[description.Line - 1], StringComparison.Ordinal);
        var heading = document.Blocks.Single(b => b.Text.StartsWith("Siege", StringComparison.Ordinal));
        Assert.Equal("BEGIN:VEVENT", lines[heading.Line - 1]);
    }

    [Fact]
    public void A_calendar_that_cannot_be_read_is_an_error_naming_the_file_and_the_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis line has no colon\r\nEND:VCALENDAR\r\n"));

        Assert.Equal(("river.ics", 3), (error.FileName, error.Line));
    }

    [Fact]
    public void Several_calendars_in_one_file_are_read_one_after_another_and_an_event_without_a_summary_is_headed_by_its_date()
    {
        const string joined = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:19561104\r\nSUMMARY:Tanks in the capital\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            + "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:19680821\r\nDESCRIPTION:Columns crossed the border.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var document = Parse(joined);

        Assert.Equal("river › 21 August 1968", Path(document.Blocks.Single(b => b.Text == "Columns crossed the border.").Headings));
    }

    [Fact]
    public void A_further_reading_line_in_a_description_is_a_reference_not_the_events_story()
    {
        const string reading = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:19530617\r\nSUMMARY:Rising crushed\r\n"
            + "DESCRIPTION:Soviet tanks cleared the streets.\\n\\nFurther reading: A. Author\\, The Rising (2003).\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var document = Parse(reading);

        Assert.Equal(["Soviet tanks cleared the streets."], ProseOf(document));
        Assert.Contains("Further reading: A. Author, The Rising (2003).", document.References);
    }

    [Fact]
    public void A_summary_that_writes_its_own_year_is_not_dated_by_a_reminder_set_up_in_a_later_year()
    {
        const string reminder = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20241227\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:The invasion of 1979\r\nDESCRIPTION:Soviet troops crossed the border.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        Assert.Contains(Parse(reminder).Blocks, b => b is { Kind: PassageKind.Heading, Text: "The invasion of 1979" });
    }
}
