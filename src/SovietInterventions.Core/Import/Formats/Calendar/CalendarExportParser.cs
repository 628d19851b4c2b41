using System.Globalization;
using Ical.Net.CalendarComponents;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Calendar;

/// <summary>
/// Reads an iCalendar export (.ics: Google Calendar, Outlook), such as a teacher's "on this day" calendar, with Ical.Net, which
/// unfolds its wrapped lines and unescapes its text. Each event is a section: its summary and its start date in words
/// ("Berlin Blockade begins (24 June 1948)") head its description's paragraphs, since the summary of a yearly anniversary
/// seldom writes its year. The calendar's name titles the document and its description is the first paragraph;
/// time zones, alarms and bookkeeping (UID, DTSTAMP, RRULE) are never prose.
/// </summary>
internal static class CalendarExportParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".ics", ".ical", ".ifb"];

    /// <summary>An ".ics" file, or text opening with "BEGIN:VCALENDAR", is a calendar (5).</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions) || shape.Lines.Count > 0 && shape.Lines[0].Equals("BEGIN:VCALENDAR", StringComparison.OrdinalIgnoreCase) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        Ical.Net.Calendar calendar;
        try
        {
            calendar = Ical.Net.Calendar.Load(source.Text)
                ?? throw new ImportException(source.FileName, 1, "the calendar holds no VCALENDAR block.");
        }
        catch (Exception e) when (e is not ImportException)
        {
            // Ical.Net gives no line; the calendar's first line names where reading began.
            throw new ImportException(source.FileName, 1, $"the calendar cannot be read: {e.Message}", e);
        }

        var lines = source.Text.Split('\n');
        var title = Text(calendar.Properties.Get<string>("X-WR-CALNAME")) is { Length: > 0 } name ? name : Path.GetFileNameWithoutExtension(source.FileName);
        var outline = new OutlineBlocks();
        outline.AddHeading(title, 1, 1);
        foreach (var paragraph in Paragraphs(calendar.Properties.Get<string>("X-WR-CALDESC")))
            outline.AddText(PassageKind.Paragraph, paragraph, LineOf(lines, "X-WR-CALDESC", 0));

        // Ical.Net keeps the events in the order the file gives them; the n-th "BEGIN:VEVENT" line is the n-th event's.
        var eventLine = 0;
        foreach (var calendarEvent in calendar.Events)
        {
            eventLine = LineOf(lines, "BEGIN:VEVENT", eventLine);
            var summary = Text(calendarEvent.Summary);
            if (summary.Length > 0) outline.AddHeading(Dated(summary, calendarEvent), 2, eventLine);
            var descriptionLine = LineOf(lines, "DESCRIPTION", eventLine - 1);
            foreach (var paragraph in Paragraphs(calendarEvent.Description)) outline.AddText(PassageKind.Paragraph, paragraph, descriptionLine);
        }

        return new ParsedDocument(source.FileName, title, SourceFormat.Calendar, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    // "[USSR] Berlin Blockade begins (24 June 1948)"; an event of several whole days, "(16–17 June 1953)" as its dates in words.
    private static string Dated(string summary, CalendarEvent calendarEvent)
    {
        if (calendarEvent.Start is not { } start) return summary;
        var first = start.Date;
        // An all-day event's end is the day after its last (RFC 5545).
        var last = calendarEvent.End is { } end && end.Date > first ? (start.HasTime ? end.Date : end.Date.AddDays(-1)) : first;
        var words = last == first ? Words(first) : $"{Words(first)} – {Words(last)}";
        return $"{summary} ({words})";
    }

    private static string Words(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split("\n\n").Select(Text).Where(p => p.Length > 0);

    private static string Text(string? text) => string.Join(' ', (text ?? "").Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    // The 1-based line of the first line after line (1-based) <paramref name="after"/> that opens with the property's name.
    private static int LineOf(string[] lines, string property, int after)
    {
        for (var i = Math.Max(after, 0); i < lines.Length; i++)
            if (lines[i].StartsWith(property, StringComparison.OrdinalIgnoreCase)) return i + 1;
        return Math.Max(after, 1);
    }
}
