using System.Globalization;

namespace SovietInterventions.Core.Import.Formats.Subtitles;

/// <summary>
/// An Advanced SubStation Alpha script (.ass, .ssa: Aegisub's fansubs): its "Dialogue:" events are the cues, their text the last
/// of the fields the [Events] section's "Format:" line names, "\N" a line break; a named speaker ("NARRATOR") starts the line with
/// a label, as an .srt does. "Comment:" events, styles, the script's info and the editor's project data are never prose.
/// </summary>
internal static class SubStationScript
{
    private const string Dialogue = "Dialogue:";

    /// <summary>The text opens with "[Script Info]" (its first non-blank line).</summary>
    public static bool Is(IReadOnlyList<string> lines) => lines.Count > 0 && lines[0].Equals("[Script Info]", StringComparison.OrdinalIgnoreCase);

    /// <summary>The script's "Title:" in its info section, if it gives one.</summary>
    public static string? Title(string text) =>
        text.Split('\n').Select(l => l.Trim()).TakeWhile(l => !l.StartsWith("[V4", StringComparison.OrdinalIgnoreCase) && !l.Equals("[Events]", StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault(l => l.StartsWith("Title:", StringComparison.OrdinalIgnoreCase)) is { } line && line[6..].Trim() is { Length: > 0 } title ? title : null;

    // "0:01:36.00" (hours, minutes, seconds and hundredths); an event whose times are no times ("0:0x:12") has none.
    private static TimeSpan Time(string stamp) =>
        TimeSpan.TryParseExact(stamp.Trim(), [@"h\:mm\:ss\.ff", @"h\:mm\:ss\.f", @"h\:mm\:ss\.fff", @"h\:mm\:ss"], CultureInfo.InvariantCulture, out var time) ? time : TimeSpan.Zero;

    public static IEnumerable<SubtitleParser.Cue> Cues(string text)
    {
        var lines = text.Split('\n');
        // ASS's default order; an [Events] "Format:" line says which it is.
        string[] format = ["Layer", "Start", "End", "Style", "Name", "MarginL", "MarginR", "MarginV", "Effect", "Text"];
        var events = false;
        string? lastName = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('[')) events = line.Equals("[Events]", StringComparison.OrdinalIgnoreCase);
            else if (events && line.StartsWith("Format:", StringComparison.OrdinalIgnoreCase))
                format = [.. line[7..].Split(',').Select(f => f.Trim())];
            else if (events && line.StartsWith(Dialogue, StringComparison.OrdinalIgnoreCase))
            {
                // The text is the last field and may hold commas of its own.
                var fields = line[Dialogue.Length..].Split(',', format.Length);
                if (fields.Length < format.Length) continue;
                string Field(string name) => Array.FindIndex(format, f => f.Equals(name, StringComparison.OrdinalIgnoreCase)) is var at and >= 0 ? fields[at].Trim() : "";
                var said = Field("Text").Replace("\\N", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\h", " ", StringComparison.Ordinal);
                var name = Field("Name");
                var cueLines = said.Split('\n').Select(l => (Line: i + 1, Text: l.Trim())).Where(l => l.Text.Length > 0).ToList();
                if (cueLines.Count == 0) continue;
                // A new speaker's name reads as the label an .srt puts before what they say.
                if (name.Length > 0 && name != lastName) cueLines[0] = cueLines[0] with { Text = $"{name.ToUpperInvariant()}: {cueLines[0].Text}" };
                if (name.Length > 0) lastName = name;
                yield return new SubtitleParser.Cue(Time(Field("Start")), Time(Field("End")), cueLines);
            }
        }
    }
}
