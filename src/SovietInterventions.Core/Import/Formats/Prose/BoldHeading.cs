namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>
/// Word processors' documents (RTF, Word's HTML) often mark a sub-heading only by setting a paragraph in bold: a
/// paragraph that is bold from end to end is a heading when it is short and ends no sentence ("Cluster 2: Warsaw,
/// October 1956", "Seminar questions"); a bold sentence ("Do not copy this page.") or a long bold passage stays prose.
/// </summary>
internal static class BoldHeading
{
    public const int MaxLength = 80;

    public static bool Reads(string text)
    {
        text = text.Trim();
        return text.Length is > 0 and <= MaxLength && text.Any(char.IsLetter) && text[^1] is not ('.' or '!' or '?' or ';' or ',');
    }
}
