using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SovietInterventions.Web.Pictures;

namespace SovietInterventions.Web.Tests.Pictures;

public class WorldMapGeometryTests
{
    private static readonly WorldMapGeometry Geometry = WorldMapGeometry.Load();

    [Fact]
    public void Country_codes_in_the_data_file_are_unique_and_include_those_the_site_needs()
    {
        var codes = Geometry.Countries.Select(c => c.Iso3).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z]{3}$", c));
        foreach (var needed in new[] { "HUN", "CZE", "SVK", "FRA", "NOR", "RUS", "POL", "AFG", "KOS", "DEU", "CUB", "AGO" })
            Assert.Contains(needed, codes);
        Assert.True(codes.Count > 150);
    }

    [Fact]
    public void Equal_Earth_maps_the_origin_to_the_origin()
    {
        var (x, y) = EqualEarth.Project(0, 0);

        Assert.Equal(0, x, 12);
        Assert.Equal(0, y, 12);
    }

    [Theory]
    [InlineData(19.0, 47.5)]
    [InlineData(69.2, 34.5)]
    [InlineData(-82.4, 23.1)]
    [InlineData(180, 90)]
    public void Equal_Earth_is_symmetric_about_the_equator_and_the_central_meridian(double lon, double lat)
    {
        var (x, y) = EqualEarth.Project(lon, lat);

        Assert.Equal((-x, y), EqualEarth.Project(-lon, lat));
        Assert.Equal((x, -y), EqualEarth.Project(lon, -lat));
        Assert.True(x * lon >= 0 && y * lat >= 0);
    }

    [Fact]
    public void Equal_Earth_has_its_published_width_to_height_ratio()
    {
        var width = EqualEarth.Project(180, 0).X;
        var height = EqualEarth.Project(0, 90).Y;

        Assert.Equal(2.05458, width / height, 3);
    }

    [Fact]
    public void Every_country_path_stays_inside_the_map()
    {
        var number = new Regex(@"-?\d+(\.\d+)?");
        foreach (var country in Geometry.Countries)
        {
            Assert.StartsWith("M", country.PathData);
            var values = number.Matches(country.PathData).Select(m => double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var xs = values.Where((_, i) => i % 2 == 0).ToList();
            var ys = values.Where((_, i) => i % 2 == 1).ToList();
            Assert.True(xs.Min() >= 0 && xs.Max() <= WorldMapGeometry.Width, country.Iso3);
            Assert.True(ys.Min() >= 0 && ys.Max() <= Geometry.Height, country.Iso3);
        }
    }

    [Fact]
    public void Russia_is_not_drawn_across_the_whole_map_at_the_antimeridian()
    {
        // A ring jumping from +180° to −180° would draw a straight line across the map.
        var rings = Geometry.Find("RUS")!.PathData.Split('Z', StringSplitOptions.RemoveEmptyEntries);

        var longestJump = rings.Max(ring =>
        {
            var xs = new Regex(@"(-?[\d.]+),").Matches(ring).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return xs.Zip(xs.Skip(1)).Select(p => Math.Abs(p.First - p.Second)).DefaultIfEmpty(0).Max();
        });
        Assert.True(longestJump < WorldMapGeometry.Width / 4, $"jump of {longestJump}");
    }

    [Fact]
    public void AddPictures_registers_one_shared_geometry_and_map()
    {
        using var provider = new ServiceCollection().AddPictures().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<WorldMapGeometry>(), provider.GetRequiredService<WorldMapGeometry>());
        Assert.Same(provider.GetRequiredService<WorldMap>(), provider.GetRequiredService<WorldMap>());
    }
}
