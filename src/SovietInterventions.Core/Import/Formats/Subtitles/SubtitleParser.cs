using System.Globalization;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Subtitles;

/// <summary>
/// Reads SubRip (.srt), WebVTT (.vtt) and Advanced SubStation Alpha (.ass, .ssa: <see cref="SubStationScript"/>) subtitles as running prose. Cue numbers, cue ids, timings, "NOTE" and "STYLE" blocks,
/// sound labels ("[music]", "(applause)") and tags ("&lt;i&gt;") are dropped. A sentence often runs on into the next cue,
/// so cues are joined into paragraphs, and a paragraph ends where the speaker changes or, after a finished sentence, at a long
/// pause. A speaker label ("NARRATOR:", "&lt;v Anna&gt;") starts a new speaker and is no part of what was said. A cue
/// written all in capitals is a title card: the first is the document's title, the others are headings.
/// </summary>
internal static partial class SubtitleParser
{
    private static readonly TimeSpan LongPause = TimeSpan.FromSeconds(2.5);
    private const int MaxLabelWords = 3;

    /// <summary>The file name endings only this format uses.</summary>

    public static readonly string[] Extensions = [".srt", ".vtt", ".ass", ".ssa"];


    /// <summary>A ".srt", ".vtt", ".ass" or ".ssa" file, two cue timings ("00:00:01,000 --> 00:00:03,500") or a SubStation script, is subtitles (5).</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions) || shape.Lines.Count(l => Timing().IsMatch(l)) >= 2 || SubStationScript.Is(shape.Lines) ? 5 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var blocks = new List<Block>();
        var headings = new List<Heading>();
        string? title = null;
        var paragraph = new List<string>();
        var paragraphLine = 0;
        TimeSpan? lastEnd = null;

        void EndParagraph()
        {
            var text = string.Join(" ", paragraph).Trim();
            if (text.Length > 0) blocks.Add(new Block(PassageKind.Paragraph, text, paragraphLine, headings.ToArray()));
            paragraph.Clear();
        }

        var script = SubStationScript.Is(source.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(1).ToList());
        foreach (var cue in script ? SubStationScript.Cues(source.Text) : Cues(source.Text))
        {
            var lines = cue.Lines.Select(WithoutTags).Select(WithoutSoundLabels).Where(l => l.Text.Length > 0).ToList();
            if (lines.Count == 0) continue;
            if (lines.All(l => IsTitleCard(l.Text)) || IsTitleCard(lines[0].Text) && paragraph.Count == 0 && blocks.All(b => b.Kind == PassageKind.Heading))
            {
                EndParagraph();
                foreach (var (line, text, _) in lines)
                {
                    var level = title is null ? 1 : 2;
                    title ??= text;
                    headings.RemoveAll(h => h.Level >= level);
                    headings.Add(new Heading(text, level, line));
                    blocks.Add(new Block(PassageKind.Heading, text, line, headings.ToArray(), level));
                }
                continue;
            }

            var pause = lastEnd is { } end && cue.Start - end >= LongPause;
            foreach (var (line, text, speaker) in lines)
            {
                var finished = paragraph.Count > 0 && paragraph[^1].TrimEnd('"', '”', '’', ')') is [.., '.' or '!' or '?' or '…'];
                if (speaker || pause && finished) EndParagraph();
                pause = false;
                if (paragraph.Count == 0) paragraphLine = line;
                paragraph.Add(text);
            }
            lastEnd = cue.End;
        }
        EndParagraph();

        title ??= script ? SubStationScript.Title(source.Text) : null;
        return new ParsedDocument(source.FileName, title ?? Path.GetFileNameWithoutExtension(source.FileName), SourceFormat.Subtitles, blocks, [])
        {
            Sha256 = source.Sha256,
        };
    }

    internal sealed record Cue(TimeSpan Start, TimeSpan End, List<(int Line, string Text)> Lines);

    // A cue is the lines after a timing line up to a blank line; what comes before the timing (a number, an id) is dropped,
    // and so is a block with no timing ("WEBVTT", "NOTE …", "STYLE").
    private static IEnumerable<Cue> Cues(string text)
    {
        var lines = text.Split('\n');
        Cue? cue = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                if (cue is not null) yield return cue;
                cue = null;
                continue;
            }
            var timing = Timing().Match(line);
            if (!timing.Success)
            {
                cue?.Lines.Add((i + 1, line));
                continue;
            }
            // A timing line with no blank line before it still starts a cue of its own.
            if (cue is not null) yield return cue;
            cue = new Cue(Time(timing.Groups["start"].Value), Time(timing.Groups["end"].Value), []);
        }
        if (cue is not null) yield return cue;
    }

    internal static TimeSpan Time(string stamp)
    {
        var parts = stamp.Replace(',', '.').Split(':');
        var seconds = double.Parse(parts[^1], CultureInfo.InvariantCulture);
        var minutes = int.Parse(parts[^2], CultureInfo.InvariantCulture);
        var hours = parts.Length > 2 ? int.Parse(parts[^3], CultureInfo.InvariantCulture) : 0;
        return new TimeSpan(hours, minutes, 0) + TimeSpan.FromSeconds(seconds);
    }

    // "<v Anna>" starts a speaker; "<i>", "</i>", "<c.yellow>", "<00:00:05.000>" and "{\an8}" are only styling.
    private static (int Line, string Text, bool Speaker) WithoutTags((int Line, string Text) line)
    {
        var speaker = line.Text.StartsWith("<v ", StringComparison.Ordinal) || line.Text.StartsWith("<v.", StringComparison.Ordinal);
        var text = Tag().Replace(line.Text, "").Trim();
        // "- Yes." is a dialogue dash (a new speaker); "- no, four" goes on with the sentence before.
        if (text.StartsWith("- ", StringComparison.Ordinal) && text[2..].TrimStart() is [var initial, ..] && char.IsUpper(initial))
            (speaker, text) = (true, text[2..].TrimStart());
        var label = SpeakerLabel(text);
        if (label > 0) (speaker, text) = (true, text[label..].TrimStart());
        return (line.Line, text, speaker);
    }

    private static (int Line, string Text, bool Speaker) WithoutSoundLabels((int Line, string Text, bool Speaker) line) =>
        line with { Text = Spaces().Replace(SoundLabel().Replace(line.Text, " "), " ").Trim() };

    // "NARRATOR:" or "DR ANNA NOVAK:": up to three words in capitals before a colon.
    private static int SpeakerLabel(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon + 1 < text.Length && text[colon + 1] != ' ') return 0;
        var words = text[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = words.Length is > 0 and <= MaxLabelWords
            && words.All(w => w.All(c => char.IsUpper(c) || c is '.' or '\'' or '-'))
            && words.Sum(w => w.Count(char.IsLetter)) >= 2;
        return capitals ? colon + 1 : 0;
    }

    // A line of two words or more in capitals, and no speaker label: a title card.
    private static bool IsTitleCard(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2 && text.Any(char.IsLetter)
        && text.Where(char.IsLetter).All(char.IsUpper) && !text.Contains(':');

    [GeneratedRegex(@"^(?<start>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?<end>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})")]
    private static partial Regex Timing();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>|<\d[\d:.]*>|\{\\[^}]*\}")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\[[^\]]*\]|\((?:[a-z][a-z ]*)\)|♪+")]
    private static partial Regex SoundLabel();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
