using System.Text;

namespace SovietInterventions.Web.Pictures;

/// <summary>
/// Gives each episode kind a colour and a fill pattern, so the legend still works in greyscale
/// and for colour-blind readers. Known kinds always get the same look on every page.
/// </summary>
internal sealed class KindStyles
{
    // Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
    private static readonly string[] Colours =
        ["#D55E00", "#0072B2", "#CC79A7", "#E69F00", "#009E73", "#56B4E9", "#F0E442", "#999999"];

    // Overlays drawn in translucent black on a 6×6 tile; the first is plain.
    private static readonly string[] Overlays =
    [
        "",
        "<path d=\"M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1.2\"/>",
        "<circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#000\" fill-opacity=\"0.45\"/>",
        "<path d=\"M0,3 H6\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1.4\"/>",
        "<path d=\"M3,0 V6\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1.4\"/>",
        "<path d=\"M0,0 L6,6 M6,0 L0,6\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1\"/>",
        "<path d=\"M-1,5 L1,7 M0,0 L6,6 M5,-1 L7,1\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1.2\"/>",
        "<rect width=\"3\" height=\"3\" fill=\"#000\" fill-opacity=\"0.3\"/><rect x=\"3\" y=\"3\" width=\"3\" height=\"3\" fill=\"#000\" fill-opacity=\"0.3\"/>",
    ];

    private static readonly string[] KnownKinds =
        ["invasion", "occupation", "coup", "covertoperation", "militaryaid", "insurgencysupport"];

    private readonly string _idPrefix;
    private readonly List<(string Kind, int Style)> _kinds = [];

    public KindStyles(IEnumerable<string> kinds, string idPrefix)
    {
        _idPrefix = idPrefix;
        var nextFree = KnownKinds.Length;
        foreach (var kind in kinds.Distinct(StringComparer.Ordinal))
        {
            var known = Array.IndexOf(KnownKinds, Normalize(kind));
            _kinds.Add((kind, known >= 0 ? known : nextFree++));
        }
        _kinds.Sort((a, b) => a.Style.CompareTo(b.Style));
    }

    public IReadOnlyList<string> Kinds => _kinds.Select(k => k.Kind).ToList();

    public string FillFor(string kind) => $"url(#{PatternId(StyleOf(kind))})";

    public void WriteDefs(StringBuilder sb)
    {
        foreach (var (_, style) in _kinds)
        {
            sb.Append($"<pattern id=\"{PatternId(style)}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">");
            sb.Append($"<rect width=\"6\" height=\"6\" fill=\"{Colours[style % Colours.Length]}\"/>");
            sb.Append(Overlays[style % Overlays.Length]);
            sb.Append("</pattern>");
        }
    }

    /// <summary>Human-readable kind: "CovertOperation" becomes "Covert operation".</summary>
    public static string Label(string kind)
    {
        if (kind.Contains(' ') || kind.Length == 0) return kind;
        var sb = new StringBuilder().Append(kind[0]);
        for (var i = 1; i < kind.Length; i++)
        {
            if (char.IsUpper(kind[i]) && char.IsLower(kind[i - 1])) sb.Append(' ').Append(char.ToLowerInvariant(kind[i]));
            else sb.Append(kind[i]);
        }
        return sb.ToString();
    }

    private int StyleOf(string kind) => _kinds.First(k => k.Kind == kind).Style;

    private string PatternId(int style) => $"{_idPrefix}-kind{style}";

    private static string Normalize(string kind) =>
        new string(kind.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
}
