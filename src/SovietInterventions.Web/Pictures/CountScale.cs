namespace SovietInterventions.Web.Pictures;

/// <summary>
/// A sequential colour scale for counts from 1 to the largest count: equal-width classes
/// (one per count while the largest is at most five), light to dark.
/// </summary>
internal sealed class CountScale
{
    // ColorBrewer "Reds", light to dark; the lightest still stands apart from the grey of empty land.
    private static readonly string[] Colours = ["#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"];

    private readonly int _classWidth;
    private readonly int _classCount;

    public CountScale(int maxCount)
    {
        var max = Math.Max(1, maxCount);
        _classWidth = (max + Colours.Length - 1) / Colours.Length;
        _classCount = (max + _classWidth - 1) / _classWidth;
    }

    public int ClassCount => _classCount;

    public int ClassOf(int count) => Math.Clamp((count - 1) / _classWidth, 0, _classCount - 1);

    /// <summary>Spreads the classes over the whole palette so two classes are still clearly apart.</summary>
    public string Colour(int classIndex) =>
        _classCount == 1 ? Colours[2] : Colours[(int)Math.Round(classIndex * (Colours.Length - 1.0) / (_classCount - 1))];

    public string ColourFor(int count) => Colour(ClassOf(count));

    /// <summary>"3" or "3–4".</summary>
    public string Label(int classIndex)
    {
        var low = classIndex * _classWidth + 1;
        var high = low + _classWidth - 1;
        return low == high ? $"{low}" : $"{low}–{high}";
    }
}
