using System.Text;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// Removes what a wiki page leaves in its rendered text: image captions cut off at their closing <c>]]</c>
/// ("…jpg in Helsinki on 13 March 1940]] After the war…"), infobox tails closed by <c>}}</c>, leftover templates
/// (<c>{{-}}</c>), image options (<c>thumb|</c>, <c>upright=1.5</c>), empty brackets ("(, )") and italic underscores.
/// Each step is one pass over the line.
/// </summary>
internal static class ScrapedDebris
{
    /// <summary>The line without debris; empty when the whole line was debris.</summary>
    public static string Clean(string line)
    {
        line = WithoutTemplates(line);
        line = WithoutCaption(line);
        line = WithoutImageOptions(line);
        line = WithoutEmptyBrackets(line);
        line = WithoutItalicMarks(line);
        return WithoutOrphanCommas(string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    // A lost link leaves "gazette, , members" or "Norway, or , comprising": no space before a comma, no comma twice.
    private static string WithoutOrphanCommas(string line)
    {
        if (!line.Contains(" ,", StringComparison.Ordinal)) return line;
        var text = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == ',' && text.Length > 0 && text[^1] == ' ') text.Length--;
            if (c == ',' && text.Length > 0 && text[^1] == ',') continue;
            text.Append(c);
        }
        return text.ToString();
    }

    // "{{-}}" and other closed templates go; "{{'}}" is an apostrophe. Unclosed "}}" are left for WithoutCaption.
    private static string WithoutTemplates(string line)
    {
        if (!line.Contains("{{", StringComparison.Ordinal)) return line;
        var text = new StringBuilder(line.Length);
        var i = 0;
        var close = 0; // the next "}}" and the last "{{" before it, searched again only once passed: linear
        var innermost = -1;
        while (i < line.Length)
        {
            var opens = close >= 0 && line[i] == '{' && i + 1 < line.Length && line[i + 1] == '{';
            if (opens && close < i + 2)
            {
                close = line.IndexOf("}}", i + 2, StringComparison.Ordinal);
                innermost = close < 0 ? -1 : line.LastIndexOf("{{", close - 1, close - i, StringComparison.Ordinal);
            }
            // Only an innermost template goes whole; an outer one keeps its words once the inner is gone.
            if (opens && close > 0 && i == innermost)
            {
                if (line[(i + 2)..close] == "'") text.Append('\'');
                i = close + 2;
                continue;
            }
            text.Append(line[i++]);
        }
        return text.ToString();
    }

    // The last "]]" or "}}" that nothing opened ends a caption or infobox remnant. Text after it is the prose;
    // a closer at the end of the line is a caption glued after the prose's last full stop, or the whole line.
    private static string WithoutCaption(string line)
    {
        var end = LastUnmatchedCloser(line);
        if (end < 0) return line;
        var rest = line[end..].Trim();
        if (rest.Trim(']', '}', ' ').Length > 0) return rest;
        var before = line[..FirstOfRun(line, end - 1)];
        if (before.Trim().Length == 0 || !char.IsUpper(before.TrimStart()[0])) return "";
        var stop = LastSentenceEnd(before);
        return stop < 0 ? "" : before[..stop];
    }

    private static int FirstOfRun(string line, int index)
    {
        var c = line[index];
        while (index > 0 && line[index - 1] == c) index--;
        return index;
    }

    // Index just after the last "]]" or "}}" run with no "[[" or "{{" open before it, or -1.
    private static int LastUnmatchedCloser(string line)
    {
        var open = 0;
        var last = -1;
        for (var i = 0; i + 1 < line.Length; i++)
        {
            var pair = (line[i], line[i + 1]);
            if (pair is ('[', '[') or ('{', '{')) { open++; i++; continue; }
            if (pair is not ((']', ']') or ('}', '}'))) continue;
            var run = i;
            while (run < line.Length && line[run] == line[i]) run++;
            if (open > 0) open--;
            else last = run;
            i = run - 1;
        }
        return last;
    }

    // After the last "." that ends a sentence: followed by a space or a citation mark ("Germanized.[104] upright=0.9").
    private static int LastSentenceEnd(string text)
    {
        for (var i = text.Length - 2; i > 0; i--)
        {
            if (text[i] is not ('.' or '!' or '?') || text[i + 1] is not (' ' or '[')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] == '[')
            {
                var close = text.IndexOf(']', end);
                if (close < 0 || close - end > 8) break;
                end = close + 1;
            }
            return end;
        }
        return -1;
    }

    private static string WithoutImageOptions(string line)
    {
        if (!line.Contains("thumb", StringComparison.Ordinal) && !line.Contains("upright", StringComparison.Ordinal)) return line;
        var words = line.Split(' ').Where(w => !w.StartsWith("thumb|", StringComparison.Ordinal) && w != "thumb"
            && !w.StartsWith("upright=", StringComparison.Ordinal) && w != "upright");
        return string.Join(' ', words);
    }

    // "The PRAGUE SPRING (, ) was": brackets whose words were links the scrape lost.
    private static string WithoutEmptyBrackets(string line)
    {
        if (!line.Contains('(')) return line;
        var text = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '(')
            {
                var j = i + 1;
                while (j < line.Length && line[j] is ' ' or ',' or ';' or ':') j++;
                if (j < line.Length && line[j] == ')')
                {
                    while (text.Length > 0 && text[^1] == ' ') text.Length--;
                    i = j;
                    continue;
                }
            }
            text.Append(line[i]);
        }
        return text.ToString();
    }

    // "_Stalin's Missed Chance_" was italics; an underscore inside a word ("MNRA_soldiers") is part of it.
    private static string WithoutItalicMarks(string line)
    {
        if (!line.Contains('_')) return line;
        var text = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var inWord = i > 0 && i + 1 < line.Length && char.IsLetterOrDigit(line[i - 1]) && char.IsLetterOrDigit(line[i + 1]);
            if (line[i] != '_' || inWord) text.Append(line[i]);
        }
        return text.ToString();
    }
}
