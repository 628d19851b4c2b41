using System.Globalization;
using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Formats.Prose;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// The title of a scraped article: a short first line; else the subject a rendered Wikipedia lead writes in capitals
/// ("The CONTINUATION WAR was …" gives "Continuation War"); else the file name in words. Never the lead paragraph.
/// </summary>
internal static partial class ArticleTitle
{
    private const int MaxLength = 100;
    private const int TaglineWithin = 40;
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "in", "on", "at", "to", "for", "a", "an", "by" };

    /// <summary>
    /// The title of an article given as its trimmed lines (raw) and its cleaned lines, and where it stands: Index is the
    /// first text line's (-1 when there is none), and OwnLine says the title is that whole line rather than read from the lead.
    /// </summary>
    public static (string Text, int Index, bool OwnLine) Find(string[] raw, string[] lines, string fileName)
    {
        // "Hacker News new | past | comments | ask": a site's menu bar above the title is no title.
        var first = Array.FindIndex(lines, l => l.Length > 0 && !IsMenuBar(l));
        // A wiki page's tagline ("From Wikipedia, the free encyclopedia") sits right below its title; the menus above go.
        var tagline = Array.FindIndex(raw, 0, Math.Min(raw.Length, TaglineWithin), WikiPageChrome.IsTagline);
        if (tagline > 0 && Array.FindLastIndex(lines, tagline - 1, l => l.Length > 0) is var above and >= 0) first = above;
        if (first < 0) return (FromFileName(fileName), first, false);
        if (LooksLikeTitle(lines[first])) return (SiteName().Replace(ProseText.RemoveCitations(lines[first]), ""), first, true);
        return (FromLead(lines[first]) ?? FromFileName(fileName), first, false);
    }

    /// <summary>The lead with its subject in capitals written in title case ("The CONTINUATION WAR was …" reads "The Continuation War
    /// was …"); unchanged when it has none.</summary>
    public static string WithSubjectInTitleCase(string lead) =>
        FromLead(lead) is { } subject && lead.IndexOf(subject.ToUpperInvariant(), StringComparison.Ordinal) is var at and >= 0
            ? lead[..at] + subject + lead[(at + subject.Length)..]
            : lead;

    /// <summary>True for a line short enough, and unpunctuated enough, to be a title or a heading.</summary>
    public static bool LooksLikeTitle(string line) =>
        line.Length is > 0 and <= MaxLength
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)) <= 15
        && line[^1] is not ('.' or ',' or ';' or ':' or '!' or '?' or ']' or '}' or '|')
        && (char.IsUpper(line[0]) || char.IsDigit(line[0]));

    /// <summary>"Hacker News new | past | comments | ask | show": three or more short items set apart by bars.</summary>
    public static bool IsMenuBar(string line)
    {
        // A table's row ("| Year | Event | Where | Verdict |") opens with a bar; a menu starts with the site's name.
        if (line.StartsWith('|')) return false;
        var items = line.Split('|', StringSplitOptions.TrimEntries);
        return items.Length >= 4 && items.All(i => i.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Length <= 3);
    }

    // "The forgotten Soviet mine-clearing mission in Chittagong, 1972-74 (2019) (seapower-review.org)": a link aggregator
    // names the site a story links to after its title; the site is not part of the title.
    [GeneratedRegex(@"\s*\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?\)\s*$")]
    private static partial Regex SiteName();

    /// <summary>The subject in capitals in the lead's first sentence, in title case, or null.</summary>
    public static string? FromLead(string lead)
    {
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var limit = Math.Min(words.Length, 40);
        for (var i = 0; i < limit; i++)
        {
            var run = new List<string>();
            while (i < limit && (IsCapitalWord(words[i]) || run.Count > 0 && IsNumber(words[i])))
            {
                run.Add(words[i]);
                if (words[i][^1] is ',' or ';' or ':' or ')') break;
                i++;
            }
            while (run.Count > 0 && SmallWords.Contains(run[^1])) run.RemoveAt(run.Count - 1);
            // A lone acronym ("USSR") is not a subject in capitals.
            var text = string.Join(' ', run).TrimEnd(',', ';', ':', '.', ')');
            if (run.Count > 1 || text.Count(char.IsLetter) > 4) return TitleCase(text);
        }
        return null;
    }

    /// <summary>"wikipedia-2019-mongolia-in-world-war-ii-scraped" reads "Wikipedia 2019 mongolia in world war ii scraped".</summary>
    public static string FromFileName(string fileName)
    {
        var words = Path.GetFileNameWithoutExtension(fileName).Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words);
        return text.Length == 0 ? fileName : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static bool IsNumber(string word) => word.TrimEnd(',', ';', ':', '.', ')').All(char.IsDigit);

    private static bool IsCapitalWord(string word)
    {
        var letters = word.Where(char.IsLetter).ToList();
        return letters.Count >= 2 && letters.All(char.IsUpper) && char.IsLetter(word[0]);
    }

    private static string TitleCase(string text)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLower(CultureInfo.InvariantCulture);
            words[i] = i > 0 && SmallWords.Contains(lower) ? lower : Capitalise(lower);
        }
        return string.Join(' ', words);
    }

    // Each part of "molotov–ribbentrop" or "soviet-afghan" starts with a capital.
    private static string Capitalise(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is '-' or '–' or '—' or '(') chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }
}
