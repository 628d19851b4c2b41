using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace SovietInterventions.Core.Import.Formats.Markdown;

/// <summary>
/// A message of a chat exported to Markdown (Slack: "*Priya Raman*  10:42 AM" on a line of its own, the message under it,
/// its reactions ":eyes: 1" below): the sender and time head the message and the reactions follow it; neither is
/// anything the message says.
/// </summary>
internal static partial class ChatMessage
{
    /// <summary>The paragraph's words without a sender-and-time line and the reactions after the message.</summary>
    public static string Text(ContainerInline? paragraph)
    {
        if (!Header().IsMatch(InlineText.FirstLine(paragraph))) return InlineText.Of(paragraph);
        var lineBreak = paragraph!.FirstOrDefault(i => i is LineBreakInline);
        return lineBreak is null ? "" : Reactions().Replace(InlineText.From(lineBreak.NextSibling), "");
    }

    // One to four capitalised words and a clock time, alone on the line.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*(?: \p{Lu}[\p{L}'’.\-]*){0,3}\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?$")]
    private static partial Regex Header();

    [GeneratedRegex(@"(?:\s*:[a-z0-9_+\-]+:\s*\d*)+$")]
    private static partial Regex Reactions();
}
