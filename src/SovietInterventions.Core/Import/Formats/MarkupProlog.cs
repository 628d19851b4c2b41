namespace SovietInterventions.Core.Import.Formats;

/// <summary>
/// Where a markup document's content begins (its doctype or first element): past white space, a byte order mark, comments
/// and processing instructions, the XML declaration among them. A web page and a TEI edition are both told by what stands there.
/// </summary>
internal static class MarkupProlog
{
    /// <summary>The index after the prolog that starts at <paramref name="from"/>; <paramref name="declared"/> says whether it held an
    /// XML declaration.</summary>
    public static int Skip(string text, out bool declared, int from = 0)
    {
        var at = from;
        declared = false;
        while (true)
        {
            while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == '\uFEFF')) at++;
            if (Opens(text, at, "<!--")) at = After(text, at, "-->");
            else if (Opens(text, at, "<?"))
            {
                declared |= Opens(text, at, "<?xml");
                at = After(text, at, "?>");
            }
            else return at;
        }
    }

    public static bool Opens(string text, int at, string start) =>
        at + start.Length <= text.Length && string.Compare(text, at, start, 0, start.Length, StringComparison.OrdinalIgnoreCase) == 0;

    // Past the closing mark; an unclosed one runs to the end of the text.
    private static int After(string text, int at, string close) =>
        text.IndexOf(close, at, StringComparison.Ordinal) is var found and >= 0 ? found + close.Length : text.Length;
}
