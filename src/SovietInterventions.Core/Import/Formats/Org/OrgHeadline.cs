using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.Org;

/// <summary>
/// An Org headline ("** TODO [#A] Write chapter [1/3] :thesis:"): its level (the stars) and its title without the
/// to-do keyword, priority cookie, statistics cookie and tags. A "COMMENT" headline comments its whole subtree out.
/// </summary>
internal sealed partial record OrgHeadline(int Stars, string Title, bool IsComment)
{
    public static OrgHeadline? Of(string line, IReadOnlySet<string> todoKeywords)
    {
        var match = Headline().Match(line);
        if (!match.Success) return null;
        var words = match.Groups["title"].Value.Trim();
        words = Tags().Replace(words, "");
        var first = words.Split(' ', 2);
        if (todoKeywords.Contains(first[0])) words = first.Length > 1 ? first[1] : "";
        words = Priority().Replace(words, "");
        var isComment = words == "COMMENT" || words.StartsWith("COMMENT ", StringComparison.Ordinal);
        words = StatisticsCookie().Replace(words, "");
        return new OrgHeadline(match.Groups["stars"].Length, OrgInline.Plain(words), isComment);
    }

    [GeneratedRegex(@"^(?<stars>\*+)[ \t]+(?<title>.*)$")]
    private static partial Regex Headline();

    [GeneratedRegex(@"\s+:(?:[\w@#%]+:)+\s*$")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^\[#[A-Za-z0-9]\]\s*")]
    private static partial Regex Priority();

    [GeneratedRegex(@"\s*\[\d*(?:/\d*|%)\]")]
    private static partial Regex StatisticsCookie();
}
