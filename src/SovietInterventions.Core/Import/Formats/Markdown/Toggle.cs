using System.Text.RegularExpressions;
using Markdig.Syntax;
using SovietInterventions.Core.Import.Formats.Html;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>What a piece of a toggle's HTML does: opens a toggle, heads it, is text inside it, or closes it.</summary>
internal enum TogglePart { Open, Summary, Text, Close }

/// <summary>
/// A toggle, as Notion and GitHub write one in Markdown ("&lt;details&gt;&lt;summary&gt;Congo airlift — 1960&lt;/summary&gt;" … "&lt;/details&gt;"):
/// its summary is the heading of the text it folds, up to the closing tag. The tags come in any layout: each on its own line,
/// or the whole toggle in one HTML block.
/// </summary>
internal static partial class Toggle
{
    /// <summary>The block's toggle tags and the text between them, in order, as a reader sees the text (tags and entities read).</summary>
    public static IEnumerable<(TogglePart Part, string Text)> Parts(HtmlBlock block)
    {
        var html = block.Lines.ToString();
        var at = 0;
        foreach (Match tag in Tags().Matches(html))
        {
            if (PageText.OfFragment(html[at..tag.Index]) is { Length: > 0 } before) yield return (TogglePart.Text, before);
            at = tag.Index + tag.Length;
            if (tag.Groups["summary"].Success) yield return (TogglePart.Summary, PageText.OfFragment(tag.Groups["summary"].Value));
            else yield return (tag.Value.StartsWith("</", StringComparison.Ordinal) ? TogglePart.Close : TogglePart.Open, "");
        }
        if (PageText.OfFragment(html[at..]) is { Length: > 0 } after) yield return (TogglePart.Text, after);
    }

    [GeneratedRegex(@"<details\b[^>]*>|</details\s*>|<summary\b[^>]*>(?<summary>.*?)</summary\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Tags();
}
