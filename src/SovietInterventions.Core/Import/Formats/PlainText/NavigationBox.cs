namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// Recognises a navigation-box dump: link titles concatenated with no separators
/// ("World War IISoviet UnionannexedNazi Germany…"), so many words glued lower-to-upper case
/// and so few sentence ends that it cannot be prose.
/// </summary>
internal static class NavigationBox
{
    public static bool Looks(string line)
    {
        if (line.Length < 400) return false;
        var glued = 0;
        var sentenceEnds = 0;
        for (var i = 1; i < line.Length; i++)
        {
            if (char.IsUpper(line[i]) && (char.IsLower(line[i - 1]) || line[i - 1] == ')')) glued++;
            if (line[i - 1] is '.' or '!' or '?' && line[i] == ' ') sentenceEnds++;
        }
        var gluedPerThousand = glued * 1000.0 / line.Length;
        var endsPerThousand = sentenceEnds * 1000.0 / line.Length;
        return gluedPerThousand > 8 && endsPerThousand < 2;
    }
}
