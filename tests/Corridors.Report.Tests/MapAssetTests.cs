using Corridors.Core.Model;
using Corridors.Scenarios;
using Corridors.Testing;

namespace Corridors.Report.Tests;

/// <summary>The clipped map under every report: the Caspian is water and every node of the scenario library stands on land.</summary>
public sealed class MapAssetTests
{
    // Natural Earth's 1:50m coast is generalized by a few km; a port on the shore may fall that far into the sea
    // (Nhava Sheva, on Mumbai harbour, lies about 4 km off the 1:50m coast). Inland nodes must be strictly on land.
    private const double PortToleranceKm = 5;

    private static readonly TopoLand Land = new(Repository.File("src", "Corridors.Report", "Assets", "region-50m.topo.json"));

    [Theory]
    [InlineData(42.0, 50.5)] // middle Caspian
    [InlineData(45.0, 50.0)] // northern Caspian
    [InlineData(38.5, 51.5)] // southern Caspian
    public void Asset_Caspian_IsWater(double lat, double lon) => Assert.False(Land.IsLand(lat, lon));

    [Theory]
    [InlineData(55.76, 37.62)] // Moscow
    [InlineData(43.24, 76.89)] // Almaty
    [InlineData(35.69, 51.39)] // Tehran
    public void Asset_InlandCities_AreLand(double lat, double lon) => Assert.True(Land.IsLand(lat, lon));

    [Fact]
    public void Asset_EveryNodeOfTheScenarioLibrary_StandsOnLand()
    {
        var nodes = Directory.GetFiles(Repository.File("scenarios"), "*.yaml").Order(StringComparer.Ordinal)
            .SelectMany(file => ScenarioLoader.Load(file).Model?.Nodes ?? []).DistinctBy(n => n.Id).ToList();

        Assert.True(nodes.Count >= 40, $"only {nodes.Count} nodes loaded");
        var offshore = nodes.Where(n => !Land.IsLand(n.Location.Latitude, n.Location.Longitude)
            && !(n.Kind == NodeKind.Port && Land.KmToCoast(n.Location.Latitude, n.Location.Longitude) <= PortToleranceKm))
            .Select(n => $"{n.Id} ({n.Location.Latitude}, {n.Location.Longitude})").ToList();
        Assert.Empty(offshore);
    }
}
