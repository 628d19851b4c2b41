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
        var lines = source.Text.Split('\n');
        Ical.Net.CalendarCollection calendars;
        try
        {
            // Several calendars joined into one file ("cat a.ics b.ics") are read one after another.
            calendars = Ical.Net.CalendarCollection.Load(source.Text);
        }
        catch (Exception e) when (e is not ImportException)
        {
            throw new ImportException(source.FileName, LineNamed(lines, e.Message), $"the calendar cannot be read: {e.Message}", e);
        }
        if (calendars.Count == 0) throw new ImportException(source.FileName, 1, "the calendar holds no VCALENDAR block.");

        var first = calendars[0];
        var title = ProseText.Squash(first.Properties.Get<string>("X-WR-CALNAME")) is { Length: > 0 } name ? name : Path.GetFileNameWithoutExtension(source.FileName);
        var outline = new OutlineBlocks();
        outline.AddHeading(title, 1, 1);
        var descriptionLine = 0;
        var eventLine = 0;
        foreach (var calendar in calendars)
        {
            descriptionLine = LineOf(lines, "X-WR-CALDESC", descriptionLine);
            foreach (var paragraph in Paragraphs(calendar.Properties.Get<string>("X-WR-CALDESC"))) outline.AddText(PassageKind.Paragraph, paragraph, descriptionLine);
            // Ical.Net keeps the events in the order the file gives them; the n-th "BEGIN:VEVENT" line is the n-th event's.
            foreach (var calendarEvent in calendar.Events)
            {
                eventLine = LineOf(lines, "BEGIN:VEVENT", eventLine);
                outline.EndSections(2);
                outline.AddHeading(Heading(calendarEvent), 2, eventLine);
                var line = LineOf(lines, "DESCRIPTION", eventLine - 1);
                // "Further reading: Gary Bruce, Resistance with the People (2003)." under an event is a reference, not its story.
                foreach (var paragraph in Paragraphs(calendarEvent.Description))
                    if (ReferenceSections.StartsWithSourcesLabel(paragraph)) outline.AddReference(paragraph);
                    else outline.AddText(PassageKind.Paragraph, paragraph, line);
            }
        }

        return new ParsedDocument(source.FileName, title, SourceFormat.Calendar, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    // "[USSR] Berlin Blockade begins (24 June 1948)"; an event of several whole days "(16 June 1953 – 17 June 1953)". A summary that
    // writes its own year keeps it alone: a reminder of "the invasion of 1979" set up in 2024 starts in 2024. An event with no
    // summary is headed by its date, so that its description does not read under the event before it.
    private static string Heading(CalendarEvent calendarEvent)
    {
        var summary = ProseText.Squash(calendarEvent.Summary);
        if (calendarEvent.Start is not { } start || ProseText.FirstYear(summary) is not null) return summary.Length > 0 ? summary : "Event";
        var first = start.Date;
        // An all-day event's end is the day after its last (RFC 5545).
        var last = calendarEvent.End is { } end && end.Date > first ? (start.HasTime ? end.Date : end.Date.AddDays(-1)) : first;
        var words = last == first ? Words(first) : $"{Words(first)} – {Words(last)}";
        return summary.Length > 0 ? $"{summary} ({words})" : words;
    }

    private static string Words(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static IEnumerable<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split("\n\n").Select(ProseText.Squash).Where(p => p.Length > 0);

    // Ical.Net names the line it could not read ("Could not parse line: 'this has no colon'"), not its number.
    private static int LineNamed(string[] lines, string message)
    {
        var quoted = message.IndexOf('\'') is var open and >= 0 && message.LastIndexOf('\'') is var close && close > open + 1 ? message[(open + 1)..close] : null;
        var index = quoted is null ? -1 : Array.FindIndex(lines, l => l.TrimEnd('\r') == quoted);
        return index >= 0 ? index + 1 : 1;
    }

    // The 1-based line of the first line after line (1-based) <paramref name="after"/> that opens with the property's name.
    private static int LineOf(string[] lines, string property, int after)
    {
        for (var i = Math.Max(after, 0); i < lines.Length; i++)
            if (lines[i].StartsWith(property, StringComparison.OrdinalIgnoreCase)) return i + 1;
        return Math.Max(after, 1);
    }
}
