using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Patch;

/// <summary>
/// Reads a patch (git format-patch's mail, or a plain unified diff) for the text as it stands after the change: its subject is
/// the title, the commit message is the writer's prose, and in each hunk the added and unchanged lines are the changed file's
/// text while removed lines (what the change says was wrong) are no prose. Headers, the diffstat, hunk markers and trailers
/// ("Signed-off-by:") are not text. The kept lines stay on their own line numbers, every other line left blank, and the whole is
/// read as Markdown when the files changed are Markdown, as plain text otherwise.
/// </summary>
internal static partial class PatchParser
{
    /// <summary>The file name endings only this format uses.</summary>
    public static readonly string[] Extensions = [".patch", ".diff"];

    /// <summary>A ".patch" or ".diff" file, or text that opens as a patch does: a mail's "From &lt;commit&gt;" line, "diff --git", or a unified
    /// diff's file header ("--- a/…" over "+++ b/…") (6: more than the Markdown a changed file may hold). Notes that quote a diff
    /// further down stay notes.</summary>
    public static int Likeness(DocumentShape shape) =>
        shape.HasExtension(Extensions)
        || shape.Lines.Count >= 2 && (MailFrom().IsMatch(shape.Lines[0]) || shape.Lines[0].StartsWith("diff --git ", StringComparison.Ordinal)
            || shape.Lines[0].StartsWith("--- ", StringComparison.Ordinal) && shape.Lines[1].StartsWith("+++ ", StringComparison.Ordinal)) ? 6 : 0;

    public static ParsedDocument Parse(SourceText source)
    {
        var lines = source.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var kept = new string[lines.Length];
        var subject = Subject(lines, kept);
        var markdown = true;
        var (inMessage, inHunk) = (subject is not null, false);
        for (var i = 0; i < lines.Length; i++)
        {
            if (kept[i] is not null) continue;
            var line = lines[i];
            kept[i] = "";
            if (line.StartsWith("diff ", StringComparison.Ordinal) || line.StartsWith("--- ", StringComparison.Ordinal) && i + 1 < lines.Length && lines[i + 1].StartsWith("+++ ", StringComparison.Ordinal))
            {
                (inMessage, inHunk) = (false, false);
                continue;
            }
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                // A deleted file ("+++ /dev/null") leaves nothing to read.
                if (line.StartsWith("+++ /dev/null", StringComparison.Ordinal)) continue;
                markdown &= ChangedFile().Match(line) is { Success: true } file && file.Groups["ext"].Value.ToLowerInvariant() is ".md" or ".markdown";
                // Each changed file is a section of its own, named on its header's line: one file's headings never head the next's lines.
                kept[i] = "## " + Path.GetFileNameWithoutExtension(line[4..].Trim());
                continue;
            }
            // The next mail of a series ("git format-patch --stdout"): its headers are no text, its subject heads its message.
            if (MailFrom().IsMatch(line))
            {
                for (; i + 1 < lines.Length && lines[i + 1].Length > 0; i++)
                    kept[i + 1] = lines[i + 1].StartsWith("Subject:", StringComparison.OrdinalIgnoreCase) ? "## " + PatchTag().Replace(lines[i + 1][8..].Trim(), "") : "";
                (inMessage, inHunk) = (true, false);
                continue;
            }
            if (HunkHeader().IsMatch(line)) { inHunk = true; continue; }
            if (inHunk)
            {
                // " " unchanged and "+" added lines are the file as it now reads; "-" removed and "\ No newline" are not.
                if (line.Length > 0 && line[0] is ' ' or '+') kept[i] = line[1..];
                else if (line.Length == 0) kept[i] = "";
                else if (line[0] != '-' && line[0] != '\\') inHunk = false;
                continue;
            }
            if (line == "---") { inMessage = false; continue; }
            if (inMessage && !Trailer().IsMatch(line)) kept[i] = line;
        }
        // Plain text has no "#" headings: its title is given below, and its lines stand without the marks.
        if (!markdown) for (var i = 0; i < kept.Length; i++) if (kept[i].StartsWith('#') && lines[i] != kept[i]) kept[i] = "";
        var text = string.Join('\n', kept);
        var inner = source with { Text = text };
        var document = markdown ? MarkdownNotesParser.Parse(inner) : PlainTextArticleParser.Parse(inner);
        var title = subject ?? document.Title;
        return document with { Format = SourceFormat.Patch, Title = title, Metadata = document.Metadata with { Title = title } };
    }

    // "Subject: [PATCH 2/3] timeline: fix Ethiopia dates," and its folded line after it: the title, set as a heading on its line;
    // the mail headers above and around it are left blank.
    private static string? Subject(string[] lines, string[] kept)
    {
        if (lines.Length == 0 || !MailFrom().IsMatch(lines[0])) return null;
        string? subject = null;
        for (var i = 0; i < lines.Length && lines[i].Length > 0; i++)
        {
            kept[i] = "";
            if (!lines[i].StartsWith("Subject:", StringComparison.OrdinalIgnoreCase)) continue;
            var (at, text) = (i, lines[i][8..]);
            for (; i + 1 < lines.Length && lines[i + 1].StartsWith(' '); i++) { text += lines[i + 1]; kept[i + 1] = ""; }
            subject = PatchTag().Replace(text.Trim(), "");
            kept[at] = "# " + subject;
        }
        return subject;
    }

    [GeneratedRegex(@"^From [0-9a-f]{7,40} ")]
    private static partial Regex MailFrom();

    [GeneratedRegex(@"^\[PATCH[^\]]*\]\s*")]
    private static partial Regex PatchTag();

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")]
    private static partial Regex HunkHeader();

    [GeneratedRegex(@"^\+\+\+ (?:b/)?\S*?(?<ext>\.[A-Za-z]+)?(?:\s|$)")]
    private static partial Regex ChangedFile();

    // "Signed-off-by: …", "Reported-by: …", "Co-authored-by: …", "Change-Id: …".
    [GeneratedRegex(@"^[A-Z][A-Za-z-]*-(?:by|Id|id): ")]
    private static partial Regex Trailer();
}
