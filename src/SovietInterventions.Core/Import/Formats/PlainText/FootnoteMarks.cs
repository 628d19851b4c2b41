using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// A printed or scanned text's footnote marks: superscript digits after a word or a sentence's end ("Baku.¹", "advisers²"),
/// the same digits set on the line by the scan after a sentence's end ("Baku.12 The British"), and asterisks or daggers
/// glued to a word ("advisers*"). They point to a note and are no part of the sentence. A real number never looks so: it
/// stands after a space ("in 1920", "12 divisions", "the 11th Army") or after a digit ("1.5"), and a unit's superscript
/// ("km²") is kept.
/// </summary>
internal static partial class FootnoteMarks
{
    /// <summary>The line without its footnote marks.</summary>
    public static string Strip(string line) => Marks().Replace(line, "");

    // 1) superscripts after a letter (not a unit "m²") or closing punctuation; 2) one to three digits after a word of three
    // letters or more and a sentence end, before a capital or the line's end ("No.12", "pp.12" are abbreviations, kept);
    // 3) asterisks and daggers after a word that did not open with an asterisk (a "*stressed*" word keeps its marks); the
    // word is looked at only behind a mark, so that a long line without spaces is read in linear time.
    [GeneratedRegex(@"(?<!\b[kc]?m)(?<=[\p{L}.,;:!?)""”’'])[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=\p{L}{3}[.;:!?][""”’]?)\d{1,3}(?=\s+[\p{Lu}""“(]|\s*$)|[*†‡]+(?=[\s.,;:!?)]|$)(?<=(?:^|\s)[^\s*]*\p{L}[.,;:]?[*†‡]+)")]
    private static partial Regex Marks();
}
