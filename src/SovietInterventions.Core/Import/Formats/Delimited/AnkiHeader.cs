using System.Net;
using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.Delimited;

/// <summary>
/// The "#key:value" lines Anki writes above an exported deck ("#separator:tab", "#html:true", "#tags column:3"): settings of
/// the file, not comments. A deck has no header row (its first row is a card), its cells may be HTML ("&lt;br&gt;",
/// "&lt;b&gt;"), and its tags, deck, note type and id columns are the program's bookkeeping, not the card's text.
/// </summary>
internal sealed partial class AnkiHeader
{
    private readonly HashSet<int> bookkeeping = [];
    private bool html;

    /// <summary>True once a line has been read as one of Anki's settings: the file's rows are then cards, without a header row.</summary>
    public bool IsDeck { get; private set; }

    /// <summary>Reads a "#…" line; false when it is not one of Anki's settings (an ordinary comment).</summary>
    public bool Read(string line)
    {
        var setting = Setting().Match(line);
        if (!setting.Success) return false;
        IsDeck = true;
        var (key, value) = (setting.Groups["key"].Value.ToLowerInvariant(), setting.Groups["value"].Value.Trim());
        if (key == "html") html = value.Equals("true", StringComparison.OrdinalIgnoreCase);
        else if (key.EndsWith(" column", StringComparison.Ordinal) && int.TryParse(value, out var column) && column > 0) bookkeeping.Add(column - 1);
        return true;
    }

    /// <summary>The card's own cells, as text.</summary>
    public List<string> Cells(IReadOnlyList<string> cells) =>
        [.. cells.Where((_, i) => !bookkeeping.Contains(i)).Select(c => html ? Text(c) : c)];

    // "<br>" parts a card's lines, which a reader takes as "; " unless a line ends its sentence; other tags only style the text.
    private static string Text(string cell) =>
        WebUtility.HtmlDecode(Tag().Replace(LineBreak().Replace(cell, m => m.Index > 0 && cell[m.Index - 1] is '.' or '!' or '?' ? " " : "; "), "")).Trim();

    [GeneratedRegex(@"^#(?<key>separator|html|tags column|deck column|notetype column|guid column|columns)\s*:(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Setting();

    [GeneratedRegex(@"\s*<br\s*/?>\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex Tag();
}
