using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats;

/// <summary>Tells the format of a document from its content, and from its file name's extension where a format asks for it.</summary>
internal static partial class FormatDetector
{
    public static SourceFormat Detect(SourceText source)
    {
        var lines = source.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var shape = new DocumentShape(source.Text, lines, source.FileName);
        // A web page is read for its text, which its markup outweighs, subtitles for theirs, which their timings outweigh, XML, JSON,
        // a data file or a dump for the text they hold: they are told before the letter count and the JSON check.
        var best = SourceFormats.All.MaxBy(f => f.Likeness(shape))!;
        if (best.Wrapped) return best.Format;
        if (LooksLikeJsonOrMarkup(source.Text.Trim()))
            throw new ImportException(source.FileName, 1, "unknown format: the file looks like JSON or XML (or markup that is not a web page), not notes, an article or a web page.");

        var letters = source.Text.Count(char.IsLetter);
        var visible = source.Text.Count(c => !char.IsWhiteSpace(c));
        if (visible == 0 || letters < visible / 2)
            throw new ImportException(source.FileName, null, "unknown format: the file has too little text to be notes or an article.");

        // The format the content looks most like (plain text looks like any text, so it is the fallback).
        return best.Format;
    }

    // "{{Talk header}} … {{archive bottom}}": wikitext opens and closes with templates, which no JSON does. "[OCR text generated
    // 2024-11-08 …]" … "[Card 1 ends.]": a transcript's editorial notes open and close with brackets, but JSON's first member is
    // a string, a number, an object, an array or a literal, never a word.
    private static bool LooksLikeJsonOrMarkup(string text) =>
        (text.StartsWith('{') && !text.StartsWith("{{", StringComparison.Ordinal) && text.EndsWith('}') && OpensJson(text[1..], "\"}"))
        || (text.StartsWith('[') && text.EndsWith(']') && OpensJson(text[1..], "\"{[]-0123456789"))
        || (text.StartsWith('<') && !text.StartsWith("<!--", StringComparison.Ordinal) && text.EndsWith('>'));

    private static bool OpensJson(string afterBracket, string firstCharacters)
    {
        var rest = afterBracket.TrimStart();
        return rest.Length == 0 || firstCharacters.Contains(rest[0], StringComparison.Ordinal)
            || (firstCharacters.Contains('[', StringComparison.Ordinal) && Literal().IsMatch(rest));
    }

    [GeneratedRegex(@"^(true|false|null)\b")]
    private static partial Regex Literal();
}
