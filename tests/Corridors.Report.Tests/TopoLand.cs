using System.Text.Json;

namespace Corridors.Report.Tests;

/// <summary>
/// Decodes the report's TopoJSON map asset into polygons (rings of lon/lat points) and answers whether a
/// point lies on land, by the even-odd rule over every ring, and how far it is from the nearest coast.
/// </summary>
internal sealed class TopoLand
{
    private readonly List<List<(double Lon, double Lat)>> _rings = [];

    public TopoLand(string path)
    {
        using var topo = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = topo.RootElement;
        var scale = root.GetProperty("transform").GetProperty("scale");
        var shift = root.GetProperty("transform").GetProperty("translate");
        var arcs = root.GetProperty("arcs").EnumerateArray().Select(arc =>
        {
            var (x, y) = (0L, 0L);
            return arc.EnumerateArray().Select(p =>
            {
                x += p[0].GetInt64();
                y += p[1].GetInt64();
                return ((x * scale[0].GetDouble()) + shift[0].GetDouble(), (y * scale[1].GetDouble()) + shift[1].GetDouble());
            }).ToList();
        }).ToList();
        foreach (var country in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            var polygons = country.GetProperty("type").GetString() == "Polygon"
                ? [country.GetProperty("arcs")]
                : country.GetProperty("arcs").EnumerateArray().ToList();
            foreach (var ring in polygons.SelectMany(p => p.EnumerateArray()))
            {
                var points = new List<(double, double)>();
                foreach (var index in ring.EnumerateArray().Select(i => i.GetInt32()))
                {
                    var arc = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToList();
                    points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
                }

                _rings.Add(points);
            }
        }
    }

    /// <summary>Gets whether (<paramref name="lat"/>, <paramref name="lon"/>) is inside land (holes such as lakes excluded).</summary>
    public bool IsLand(double lat, double lon) => _rings.Count(r => Inside(r, lon, lat)) % 2 == 1;

    /// <summary>Gets the distance in km to the nearest coast or border vertex or edge (equirectangular, fine at this scale).</summary>
    public double KmToCoast(double lat, double lon)
    {
        var k = Math.Cos(double.DegreesToRadians(lat)) * 111.2;
        var best = double.MaxValue;
        foreach (var ring in _rings)
        {
            for (var i = 1; i < ring.Count; i++)
            {
                var (ax, ay) = ((ring[i - 1].Lon - lon) * k, (ring[i - 1].Lat - lat) * 111.2);
                var (bx, by) = ((ring[i].Lon - lon) * k, (ring[i].Lat - lat) * 111.2);
                var (dx, dy) = (bx - ax, by - ay);
                var t = Math.Clamp(-((ax * dx) + (ay * dy)) / Math.Max(1e-12, (dx * dx) + (dy * dy)), 0, 1);
                best = Math.Min(best, Math.Sqrt(Math.Pow(ax + (t * dx), 2) + Math.Pow(ay + (t * dy), 2)));
            }
        }

        return best;
    }

    private static bool Inside(List<(double Lon, double Lat)> ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (xi, yi) = ring[i];
            var (xj, yj) = ring[j];
            if ((yi > y) != (yj > y) && x < ((xj - xi) * (y - yi) / (yj - yi)) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
