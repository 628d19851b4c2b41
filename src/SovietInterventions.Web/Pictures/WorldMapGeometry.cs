using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SovietInterventions.Web.Pictures;

/// <summary>One country's outline, projected, as SVG path data.</summary>
public sealed record CountryShape(string Iso3, string Name, string PathData);

/// <summary>
/// The Natural Earth countries projected once with Equal Earth into SVG path data, so that
/// drawing a map per request is only string concatenation. Register as a singleton.
/// </summary>
public sealed partial class WorldMapGeometry
{
    public const string DataFileName = "world-110m.json";

    /// <summary>Width of the map in viewBox units; the height follows from the data.</summary>
    public const double Width = 1000;

    private readonly Dictionary<string, CountryShape> _byIso3;
    private readonly double _scale;
    private readonly double _top;

    private WorldMapGeometry(IReadOnlyList<CountryShape> countries, double scale, double top, double height, string spherePath)
    {
        Countries = countries;
        _byIso3 = countries.ToDictionary(c => c.Iso3, StringComparer.OrdinalIgnoreCase);
        _scale = scale;
        _top = top;
        Height = height;
        SpherePath = spherePath;
    }

    public IReadOnlyList<CountryShape> Countries { get; }

    public double Height { get; }

    /// <summary>Outline of the projected globe down to the southern edge of the map, for the sea.</summary>
    public string SpherePath { get; }

    public CountryShape? Find(string iso3) => _byIso3.GetValueOrDefault(iso3);

    /// <summary>Loads the data file copied beside the app (Pictures/world-110m.json under the content root or base directory).</summary>
    public static WorldMapGeometry Load(string? directory = null)
    {
        var path = Path.Combine(directory ?? AppContext.BaseDirectory, "Pictures", DataFileName);
        using var stream = File.OpenRead(path);
        return FromJson(stream);
    }

    public static WorldMapGeometry FromJson(Stream json)
    {
        var file = JsonSerializer.Deserialize(json, MapJson.Default.WorldMapFile)
            ?? throw new InvalidDataException("Empty world map data file.");

        var scale = Width / 2 / EqualEarth.Project(180, 0).X;
        var top = EqualEarth.Project(0, 90).Y * scale;
        var south = file.Countries.SelectMany(c => c.Rings).SelectMany(LatitudesOf).DefaultIfEmpty(-60).Min();
        var height = top - EqualEarth.Project(0, south).Y * scale + 2;

        string PathOf(IEnumerable<IReadOnlyList<(double Lon, double Lat)>> rings)
        {
            var sb = new StringBuilder();
            foreach (var ring in rings)
            {
                var previous = "";
                for (var i = 0; i < ring.Count; i++)
                {
                    var (x, y) = EqualEarth.Project(ring[i].Lon, ring[i].Lat);
                    var point = Coordinate(x * scale + Width / 2) + "," + Coordinate(top - y * scale);
                    if (point == previous) continue;
                    sb.Append(i == 0 ? "M" : " ").Append(point);
                    previous = point;
                }
                sb.Append('Z');
            }
            return sb.ToString();
        }

        var countries = file.Countries
            .Select(c => new CountryShape(c.Iso3, c.Name, PathOf(c.Rings.Select(PointsOf))))
            .ToList();
        var edge = Enumerable.Range(0, 91).Select(i => 90 - i * (90 - south) / 90).ToList();
        var sphere = edge.Select(lat => (180.0, lat)).Concat(edge.AsEnumerable().Reverse().Select(lat => (-180.0, lat))).ToList();
        return new WorldMapGeometry(countries, scale, top, height, PathOf([sphere]));
    }

    /// <summary>Projects a point to viewBox coordinates, for labels or markers.</summary>
    public (double X, double Y) ToViewBox(double longitude, double latitude)
    {
        var (x, y) = EqualEarth.Project(longitude, latitude);
        return (x * _scale + Width / 2, _top - y * _scale);
    }

    private static string Coordinate(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static IReadOnlyList<(double Lon, double Lat)> PointsOf(double[] ring) =>
        Enumerable.Range(0, ring.Length / 2).Select(i => (ring[2 * i], ring[2 * i + 1])).ToList();

    private static IEnumerable<double> LatitudesOf(double[] ring) => ring.Where((_, i) => i % 2 == 1);

    private sealed record WorldMapFile(string Source, List<WorldMapCountry> Countries);

    private sealed record WorldMapCountry(string Iso3, string Name, List<double[]> Rings);

    [System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [System.Text.Json.Serialization.JsonSerializable(typeof(WorldMapFile))]
    private sealed partial class MapJson : System.Text.Json.Serialization.JsonSerializerContext;
}
