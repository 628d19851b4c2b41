using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>What a line of a saved e-mail or mailing-list digest is.</summary>
internal enum MailLine { Text, Apparatus, Subject, Quote }

/// <summary>
/// A saved e-mail or mailing-list digest: messages opened by header blocks ("From:", "Date:", "Subject:" … at least two
/// lines, one of them From or Subject). A message's Subject (without "Re:") heads its text; the other headers, a
/// signature (from a "--" line to the next blank line), a reply's attribution ("… wrote:") and, in a digest of several
/// messages, the list's preamble (subscription notes and the "Today's Topics" index) and its closing line are apparatus,
/// never prose. A run of quoted lines ("> …") is one passage, the quoted message's words rather than the writer's.
/// A digest's title is its name and issue ("X Digest, Vol 3, Issue 12"), else the first message's subject.
/// </summary>
internal sealed partial class MailMessages
{
    private const int MinHeaderLines = 2;

    private static readonly HashSet<string> HeaderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "to", "cc", "bcc", "date", "sent", "subject", "message", "message-id", "reply-to", "in-reply-to", "newsgroups", "organization",
    };

    private readonly MailLine[] roles;
    private readonly Dictionary<int, string> texts;

    /// <summary>The digest's name and issue, or its first subject; null when the text is no e-mail.</summary>
    public string? Title { get; }

    private MailMessages(MailLine[] roles, Dictionary<int, string> texts, string? title)
    {
        this.roles = roles;
        this.texts = texts;
        Title = title;
    }

    /// <summary>Reads the trimmed lines of a document; a document without a header block is no mail and every line is text.</summary>
    public static MailMessages Read(IReadOnlyList<string> lines)
    {
        var roles = new MailLine[lines.Count];
        var texts = new Dictionary<int, string>();
        var blocks = HeaderBlocks(lines);
        if (blocks.Count == 0) return new MailMessages(roles, texts, null);

        string? firstSubject = null;
        foreach (var (start, end) in blocks)
            for (var i = start; i < end; i++)
            {
                var (name, value) = Header(lines[i])!.Value;
                var subject = name.Equals("subject", StringComparison.OrdinalIgnoreCase) ? WithoutReplyMarks(value) : "";
                roles[i] = subject.Length > 0 ? MailLine.Subject : MailLine.Apparatus;
                if (subject.Length > 0) texts[i] = subject;
                firstSubject ??= subject.Length > 0 ? subject : null;
            }

        // In a digest of several messages, all before the first message is the list's own preamble.
        var digest = blocks.Count >= 2;
        if (digest)
            for (var i = 0; i < blocks[0].Start; i++) roles[i] = MailLine.Apparatus;

        string? digestName = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (roles[i] != MailLine.Text) continue;
            var line = lines[i];
            if (DigestName().Match(line) is { Success: true } name)
            {
                digestName ??= name.Groups["name"].Value.Trim();
                roles[i] = MailLine.Apparatus;
            }
            else if (line == "--")
                for (; i < lines.Count && lines[i].Length > 0 && roles[i] == MailLine.Text; i++) roles[i] = MailLine.Apparatus;
            else if (IsQuote(line))
            {
                var start = i;
                // Each quoted paragraph and list item is a quote of its own, as the writer's own would be a passage of its own.
                var (piece, quoted) = (i, new List<string>());
                for (; i < lines.Count && IsQuote(lines[i]); i++)
                {
                    roles[i] = MailLine.Apparatus;
                    var words = lines[i].TrimStart('>', ' ');
                    var bullet = words.Length > 1 && (PlainTextLines.IsListItem(words) || words[0] is '*' or '•' or '+' && words[1] == ' ');
                    if (words.Length == 0 || bullet)
                    {
                        Quote(piece, quoted);
                        quoted = [];
                    }
                    if (words.Length == 0) continue;
                    if (quoted.Count == 0) piece = i; // a quote's line is that of its first words
                    quoted.Add(bullet ? PlainTextLines.ListText(words.TrimStart('*', '•', '+', ' ')).Text : words);
                }
                Quote(piece, quoted);
                i--;
                // "On 3 March, A. Writer wrote:" above the quote only says whose words follow.
                if (start > 0 && roles[start - 1] == MailLine.Text && IsAttribution(lines[start - 1])) roles[start - 1] = MailLine.Apparatus;
            }
        }
        return new MailMessages(roles, texts, digestName ?? firstSubject);

        void Quote(int line, List<string> quoted)
        {
            if (quoted.Count == 0) return;
            roles[line] = MailLine.Quote;
            texts[line] = quoted.Aggregate(LineEndHyphen.Append);
        }
    }

    /// <summary>What line <paramref name="index"/> is.</summary>
    public MailLine Role(int index) => index < roles.Length ? roles[index] : MailLine.Text;

    /// <summary>A subject line's subject without "Re:", or a quoted run's words without their marks.</summary>
    public string Text(int index) => texts.GetValueOrDefault(index, "");

    /// <summary>The lines with every apparatus line blank, so that no paragraph is joined across them.</summary>
    public string[] Blank(IReadOnlyList<string> lines) =>
        lines.Select((line, i) => Role(i) == MailLine.Apparatus ? "" : line).ToArray();

    private static bool IsQuote(string line) => line.StartsWith('>');

    private static bool IsAttribution(string line) =>
        line.EndsWith(':') && line.Contains(" wrote", StringComparison.OrdinalIgnoreCase);

    // "Re: Re: Fwd: Aid to Angola?" is about "Aid to Angola?".
    private static string WithoutReplyMarks(string subject)
    {
        var text = subject.Trim();
        while (ReplyMark().Match(text) is { Success: true } mark) text = text[mark.Length..].Trim();
        return text;
    }

    // Runs of two header lines or more, one of them From or Subject.
    private static List<(int Start, int End)> HeaderBlocks(IReadOnlyList<string> lines)
    {
        var blocks = new List<(int, int)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (Header(lines[i]) is null) continue;
            var start = i;
            while (i < lines.Count && Header(lines[i]) is not null) i++;
            var names = Enumerable.Range(start, i - start).Select(j => Header(lines[j])!.Value.Name).ToList();
            if (names.Count >= MinHeaderLines && names.Any(n => n.Equals("from", StringComparison.OrdinalIgnoreCase) || n.Equals("subject", StringComparison.OrdinalIgnoreCase)))
                blocks.Add((start, i));
        }
        return blocks;
    }

    private static (string Name, string Value)? Header(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || !HeaderNames.Contains(line[..colon]) || !char.IsUpper(line[0])) return null;
        var value = line[(colon + 1)..].Trim();
        return value.Length > 0 ? (line[..colon], value) : null;
    }

    [GeneratedRegex(@"^(?:(?:Re|Fwd?|AW|SV)\s*:\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyMark();

    // "End of COLDWAR-L Digest, Vol 38, Issue 12" or "Subject: X Digest, Vol 3, Issue 1": the digest's name and issue.
    [GeneratedRegex(@"^(?:End of\s+)?(?<name>\S.{0,60}?\bDigest\b,?\s+Vol(?:ume)?\.?\s*\d+(?:,?\s+Issue\s+\d+)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DigestName();
}
