using System.Text;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Web.Pictures;

/// <summary>
/// Gives each episode kind the colour and fill pattern of the kind vocabulary (data/episode-rules.json), so the
/// legend still works in greyscale and for colour-blind readers and every page draws a kind alike. A kind the
/// vocabulary does not know gets one of the spare looks below.
/// </summary>
internal sealed class KindStyles
{
    // Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; for kinds outside the vocabulary.
    private static readonly string[] SpareColours = ["#F0E442", "#999999", "#000000"];

    // Overlays drawn in translucent black on a 6×6 tile, by the vocabulary's pattern names.
    private static readonly Dictionary<string, string> Overlays = new()
    {
        ["plain"] = "",
        ["hatch"] = "<path d=\"M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1.2\"/>",
        ["dots"] = "<circle cx=\"3\" cy=\"3\" r=\"1.3\" fill=\"#000\" fill-opacity=\"0.45\"/>",
        ["horizontal"] = "<path d=\"M0,3 H6\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1.4\"/>",
        ["vertical"] = "<path d=\"M3,0 V6\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1.4\"/>",
        ["cross"] = "<path d=\"M0,0 L6,6 M6,0 L0,6\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1\"/>",
        ["backhatch"] = "<path d=\"M-1,5 L1,7 M0,0 L6,6 M5,-1 L7,1\" stroke=\"#000\" stroke-opacity=\"0.45\" stroke-width=\"1.2\"/>",
        ["checks"] = "<rect width=\"3\" height=\"3\" fill=\"#000\" fill-opacity=\"0.3\"/><rect x=\"3\" y=\"3\" width=\"3\" height=\"3\" fill=\"#000\" fill-opacity=\"0.3\"/>",
    };

    private readonly string _idPrefix;
    private readonly List<(string Kind, int Style, string Colour, string Pattern, string Label)> _kinds = [];

    public KindStyles(IEnumerable<string> kinds, string idPrefix) : this(kinds, idPrefix, KindVocabulary.Shipped) { }

    public KindStyles(IEnumerable<string> kinds, string idPrefix, KindVocabulary vocabulary)
    {
        _idPrefix = idPrefix;
        var known = vocabulary.All;
        var spare = 0;
        foreach (var kind in kinds.Distinct(StringComparer.Ordinal))
        {
            if (vocabulary.Find(kind) is { } look)
                _kinds.Add((kind, IndexOf(known, look), look.Colour, look.Pattern, look.Label));
            else
            {
                var n = spare++;
                _kinds.Add((kind, known.Count + n, SpareColours[n % SpareColours.Length], KindVocabulary.Patterns[n % KindVocabulary.Patterns.Count], kind));
            }
        }
        _kinds.Sort((a, b) => a.Style.CompareTo(b.Style));
    }

    public IReadOnlyList<string> Kinds => _kinds.Select(k => k.Kind).ToList();

    public string FillFor(string kind) => $"url(#{PatternId(Of(kind).Style)})";

    /// <summary>The vocabulary's label of a kind given by name or label; an unknown kind reads as it is.</summary>
    public string LabelOf(string kind) => Of(kind).Label;

    public void WriteDefs(StringBuilder sb)
    {
        foreach (var (_, style, colour, pattern, _) in _kinds)
        {
            sb.Append($"<pattern id=\"{PatternId(style)}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">");
            sb.Append($"<rect width=\"6\" height=\"6\" fill=\"{colour}\"/>");
            sb.Append(Overlays[pattern]);
            sb.Append("</pattern>");
        }
    }

    private static int IndexOf(IReadOnlyList<KindLook> known, KindLook look)
    {
        for (var i = 0; i < known.Count; i++) if (known[i] == look) return i;
        return -1;
    }

    private (string Kind, int Style, string Colour, string Pattern, string Label) Of(string kind) => _kinds.First(k => k.Kind == kind);

    private string PatternId(int style) => $"{_idPrefix}-kind{style}";
}
