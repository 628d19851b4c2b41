namespace SovietInterventions.Web.Pictures;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, with straight
/// parallels, and pleasant for world maps. Output is in units of the Earth's radius, y northwards.
/// </summary>
public static class EqualEarth
{
    private const double A1 = 1.340264;
    private const double A2 = -0.081106;
    private const double A3 = 0.000893;
    private const double A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    public static (double X, double Y) Project(double longitude, double latitude)
    {
        var lambda = longitude * Math.PI / 180;
        var phi = latitude * Math.PI / 180;
        var theta = Math.Asin(M * Math.Sin(phi));
        var t2 = theta * theta;
        var t6 = t2 * t2 * t2;
        var x = 2 * Math.Sqrt(3) * lambda * Math.Cos(theta) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
        var y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1);
        return (x, y);
    }
}
