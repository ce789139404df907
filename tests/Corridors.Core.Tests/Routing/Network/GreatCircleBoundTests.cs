using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.Routing.Network;
using Corridors.Core.Tests.Support;
using Corridors.Graphs.Paths;
using FsCheck.Fluent;
using static Corridors.Core.Tests.Support.NetworkSpecs;
using static Corridors.Core.Tests.Support.Approx;
using static Corridors.Graphs.Tests.Support.Properties;
using Corridors.Testing;

namespace Corridors.Core.Tests.Routing.Network;

public sealed class GreatCircleBoundTests
{
    private static readonly GeoPoint Astrakhan = new(46.35, 48.03);
    private static readonly GeoPoint Atyrau = new(47.11, 51.92);
    private static readonly GeoPoint Aktau = new(43.65, 51.17);

    [Fact]
    public void CostPerKm_IsTheCheapestLinkPerGreatCircleKmEvenWhenALinkStatesFewerKm()
    {
        // astrakhan -> atyrau costs 10 h but states only 1 km; atyrau -> aktau costs 100 h. The bound must use the
        // great-circle km, so ρ = min(10 / gc1, 100 / gc2), whatever the stated distances.
        var model = new TestModel()
            .Add(City("astrakhan", Astrakhan)).Add(City("atyrau", Atyrau)).Add(City("aktau", Aktau))
            .Link(Link("astrakhan", "atyrau", hours: 10, km: 1)).Link(Link("atyrau", "aktau", hours: 100, km: 400))
            .Build();
        var network = MultimodalNetwork.Build(model);
        var weights = EdgeMeasures.Compute(network, CargoProfile.Reference(model)).Weights(new CostWeights(1, 0, 0));

        var bound = GreatCircleBound.Create(network, weights, targetNode: 2);

        double expected = Math.Min(10 / Astrakhan.DistanceKmTo(Atyrau), 100 / Atyrau.DistanceKmTo(Aktau));
        Assert.Equal(expected, bound.CostPerKm, 8);
        Assert.True(bound.LowerBound(network.OriginVertex(0)) <= 110);
        Assert.Equal(0, bound.LowerBound(network.DestinationVertex(2)));
    }

    [Fact]
    public void LowerBound_OnRandomNetworks_NeverExceedsTheExactRemainingCost() =>
        Check(WithWeights(), input =>
        {
            var (c, network, weights) = input;
            var exact = new DijkstraSearch(network.Graph.Reversed);
            exact.ComputeTree(network.DestinationVertex(c.To), weights);

            var bound = GreatCircleBound.Create(network, weights, c.To);

            return Enumerable.Range(0, network.Graph.NodeCount).All(v => bound.LowerBound(v) <= exact.Distance(v));
        });

    [Fact]
    public void AStar_OnRandomNetworks_FindsWhatDijkstraFinds() =>
        Check(WithWeights(), input =>
        {
            var (c, network, weights) = input;
            int source = network.OriginVertex(c.From);
            int target = network.DestinationVertex(c.To);
            var dijkstra = new DijkstraSearch(network.Graph);
            var astar = new DijkstraSearch(network.Graph);

            bool found = dijkstra.ComputePath(source, target, weights);

            return found == astar.ComputePath(source, target, weights, GreatCircleBound.Create(network, weights, c.To))
                && (!found || Close(dijkstra.Distance(target), astar.Distance(target)));
        });

    /// <summary>Expanded random networks priced with weights that make time, money or CO2 dominate, so ρ varies over orders of magnitude.</summary>
    private static FsCheck.Gen<(NetworkCase Case, MultimodalNetwork Network, double[] Weights)> WithWeights() =>
        from c in NetworkCase.Generator(maxNodes: 8, maxLinks: 20)
        from w in Gen.Elements(new CostWeights(1, 0, 0), new CostWeights(0, 1, 0), new CostWeights(0, 0, 1), new CostWeights(0.5, 1, 0.08))
        let model = c.Build()
        let network = MultimodalNetwork.Build(model)
        select (c, network, EdgeMeasures.Compute(network, CargoProfile.Reference(model)).Weights(w));
}
