namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// A forum post's signature, as phpBB, SMF and vBulletin print it: a rule of underscores alone on its line
/// ("__________________") and the lines under it down to the next blank line. The signature is the same under each of
/// a member's posts (a motto, "Currently reading: …", a board role) and is never part of what the post says.
/// </summary>
internal static class ForumSignature
{
    private const int MinRule = 10; // shorter runs of underscores are blanks to fill in ("Name: ______")

    /// <summary>The trimmed lines with each signature and its rule blanked out.</summary>
    public static string[] Blank(string[] lines)
    {
        var result = lines.ToArray();
        for (var i = 0; i < lines.Length; i++)
        {
            // A printed page's rule above its footnotes ("1 See …", "* Ibid.") is no signature.
            if (!IsRule(lines[i]) || i + 1 >= lines.Length || lines[i + 1].Length == 0 || lines[i + 1][0] is (>= '0' and <= '9') or '*' or '†' or '[') continue;
            result[i] = "";
            for (i++; i < lines.Length && lines[i].Length > 0; i++) result[i] = "";
        }
        return result;
    }

    private static bool IsRule(string line) => line.Length >= MinRule && line.All(c => c == '_');
}
