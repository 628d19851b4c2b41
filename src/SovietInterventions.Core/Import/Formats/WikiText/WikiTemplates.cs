using System.Globalization;
using System.Text;
using SovietInterventions.Core.Import.Documents;

namespace SovietInterventions.Core.Import.Formats.WikiText;

/// <summary>
/// What each MediaWiki template leaves in the text: an infobox's fields become facts, citation templates
/// (<c>cite …</c>, <c>sfn</c>) and footnotes (<c>efn</c>) become references, common inline templates keep their
/// words (<c>{{lang|ru|X}}</c> → X, <c>{{convert|5|km}}</c> → "5 km", <c>{{circa|1920}}</c> → "c. 1920"),
/// and any other template goes without taking the sentence around it.
/// </summary>
internal static class WikiTemplates
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static void Render(WikiMarkup markup, int start, int end, StringBuilder output, int depth)
    {
        var pipes = markup.Pipes(start, end);
        var name = markup.Raw(start, pipes.Count > 0 ? pipes[0] : end).Trim().Replace('_', ' ').ToLowerInvariant();
        if (name.StartsWith("template:", StringComparison.Ordinal)) name = name[9..].Trim();
        var infobox = name.StartsWith("infobox", StringComparison.Ordinal);
        var args = Arguments(markup, pipes, end, depth, infobox);
        string Positional(int i) => i < args.Positional.Count ? args.Positional[i] : "";
        string Named(string key) => args.Named.FirstOrDefault(a => a.Name == key).Value ?? "";

        if (infobox)
        {
            foreach (var (field, value, line) in args.Named)
                if (value.Length > 0 && !IsPresentation(field)) markup.Facts.Add(new DocumentFact(field, value, line));
            return;
        }
        if (name.StartsWith("cite", StringComparison.Ordinal) || name is "citation")
        {
            Reference(markup, Cite(Named));
            return;
        }
        if (name is "sfn" or "sfnp" or "harvnb" or "harv" or "harvp")
        {
            var page = Named("p") is { Length: > 0 } p ? $", p. {p}" : Named("pp") is { Length: > 0 } pp ? $", pp. {pp}" : "";
            Reference(markup, string.Join(' ', args.Positional.Where(a => a.Length > 0)) + page);
            return;
        }
        if (name is "efn" or "efn-ua" or "efn-lr" or "refn" or "notetag" or "note")
        {
            Reference(markup, Positional(0).Length > 0 ? Positional(0) : Named("1"));
            return;
        }
        output.Append(name switch
        {
            "lang" or "transl" or "transliteration" => args.Positional.LastOrDefault() ?? "",
            _ when name.StartsWith("lang-", StringComparison.Ordinal) => Positional(0),
            "nihongo" or "ill" or "interlanguage link" or "nowrap" or "nobr" or "small" or "big" or "abbr" or "sup" or "sub"
                or "flag" or "flagcountry" or "flagu" or "date" or "keep together" => Positional(0),
            "plainlist" or "flatlist" or "ubl" or "unbulleted list" or "hlist" or "bulleted list" or "collapsible list"
                => string.Join("; ", args.Positional.Select(Bullets).Where(a => a.Length > 0)),
            "'" => "'",
            "ndash" => "–",
            "mdash" => "—",
            "snd" or "spaced ndash" or "spnd" => " – ",
            "nbsp" => " ",
            "circa" or "c." or "c" => Positional(0).Length > 0 ? $"c. {Positional(0)}" : "c.",
            "convert" or "cvt" => Convert(args.Positional),
            "as of" => "as of " + string.Join(' ', args.Positional),
            "start date" or "end date" or "start date and age" or "end date and age" or "birth date" or "death date" => Date(args.Positional),
            _ => "",
        });
    }

    private static void Reference(WikiMarkup markup, string text)
    {
        if (text.Trim().Length > 0) markup.References.Add(text.Trim());
    }

    // "{{convert|5|km}}" reads "5 km"; "{{convert|5|to|10|km}}" reads "5–10 km".
    private static string Convert(IReadOnlyList<string> values)
    {
        if (values.Count >= 4 && values[1] is "-" or "–" or "to" or "and") return $"{values[0]}–{values[2]} {values[3]}";
        return values.Count >= 2 ? $"{values[0]} {values[1]}" : values.FirstOrDefault() ?? "";
    }

    // "{{start date|1968|8|20}}" reads "20 August 1968".
    private static string Date(IReadOnlyList<string> values)
    {
        var numbers = values.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).TakeWhile(n => n >= 0).ToList();
        return numbers switch
        {
            [var y, var m, var d, ..] when m is >= 1 and <= 12 => $"{d} {Months[m - 1]} {y}",
            [var y, var m] when m is >= 1 and <= 12 => $"{Months[m - 1]} {y}",
            [var y, ..] => y.ToString(CultureInfo.InvariantCulture),
            _ => "",
        };
    }

    private static string Cite(Func<string, string> named)
    {
        var authors = new[] { "author", "author1", "last", "last1" }.Select(named).FirstOrDefault(a => a.Length > 0) ?? "";
        var first = new[] { "first", "first1" }.Select(named).FirstOrDefault(a => a.Length > 0) ?? "";
        if (authors.Length > 0 && first.Length > 0) authors = $"{authors}, {first}";
        var work = new[] { "work", "journal", "newspaper", "website", "publisher" }.Select(named).FirstOrDefault(a => a.Length > 0) ?? "";
        var date = named("date") is { Length: > 0 } d ? d : named("year");
        var pages = named("page") is { Length: > 0 } p ? $"p. {p}" : named("pages") is { Length: > 0 } pp ? $"pp. {pp}" : "";
        return string.Join(". ", new[] { authors, named("title"), work, date, pages, named("url") }.Where(part => part.Length > 0));
    }

    private static bool IsPresentation(string field) =>
        field.StartsWith("image", StringComparison.Ordinal) || field.StartsWith("caption", StringComparison.Ordinal)
        || field.StartsWith("alt", StringComparison.Ordinal) || field.StartsWith("map", StringComparison.Ordinal)
        || field.StartsWith("coordinates", StringComparison.Ordinal) || field.StartsWith("module", StringComparison.Ordinal)
        || field is "width" or "size" or "signature" or "seal";

    // "* Soviet Union * Mongolia" (a bulleted list on one line) reads "Soviet Union; Mongolia".
    public static string Bullets(string value) =>
        value.StartsWith('*') ? string.Join("; ", value.Split('*', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : value;

    private sealed record Args(List<string> Positional, List<(string Name, string Value, int Line)> Named);

    // An infobox's values are lists ("[[A]]<br>[[B]]" reads "A; B"); other templates' values are words.
    private static Args Arguments(WikiMarkup markup, List<int> pipes, int end, int depth, bool infobox)
    {
        var args = new Args([], []);
        for (var p = 0; p < pipes.Count; p++)
        {
            var start = pipes[p] + 1;
            var stop = p + 1 < pipes.Count ? pipes[p + 1] : end;
            var raw = markup.Raw(start, stop);
            var equals = raw.IndexOf('=');
            var nested = raw.IndexOfAny(['{', '[', '<']);
            if (equals > 0 && (nested < 0 || equals < nested))
            {
                var name = raw[..equals].Trim().ToLowerInvariant();
                var value = infobox ? markup.List(start + equals + 1, stop, depth) : Bullets(markup.Plain(start + equals + 1, stop, depth));
                args.Named.Add((name, value, markup.LineOf(start)));
                if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _)) args.Positional.Add(args.Named[^1].Value);
            }
            else args.Positional.Add(markup.Plain(start, stop, depth));
        }
        return args;
    }
}
