using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// A toggle, as Notion and GitHub write one in Markdown ("&lt;details&gt;&lt;summary&gt;Congo airlift — 1960&lt;/summary&gt;" … "&lt;/details&gt;"):
/// its summary is the heading of the text it folds, up to the closing tag.
/// </summary>
internal static partial class Toggle
{
    /// <summary>The summary's text, when the block opens a toggle.</summary>
    public static string? Summary(HtmlBlock block)
    {
        var summary = SummaryTag().Match(block.Lines.ToString());
        return summary.Success ? WebUtility.HtmlDecode(Tag().Replace(summary.Groups["text"].Value, "")).Trim() : null;
    }

    public static bool Closes(HtmlBlock block) => block.Lines.ToString().Contains("</details>", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"<summary[^>]*>(?<text>.*?)</summary>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SummaryTag();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
