namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>
/// The levels of one document's banners (<see cref="BannerHeading"/>), read in order: the first mark the writer used
/// heads sections (level 2), any other mark heads subsections (level 3).
/// </summary>
internal sealed class BannerLevels
{
    private char? firstMark;

    /// <summary>The words and level of a banner line, or null when the line is no banner.</summary>
    public (string Text, int Level)? Of(string line)
    {
        if (BannerHeading.Of(line) is not { } banner) return null;
        firstMark ??= banner.Mark;
        return (banner.Text, banner.Mark == firstMark ? 2 : 3);
    }
}
