using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.Routing.Topology;
using Corridors.Core.Tests.Support;
using static Corridors.Graphs.Tests.Support.Properties;

namespace Corridors.Core.Tests.Routing.Topology;

/// <summary>The structure report on random multimodal networks (<see cref="NetworkCase"/>), against what rebuilding the model says.</summary>
public sealed class NetworkAnalysisPropertyTests
{
    [Fact]
    public void SinglePointsOfFailure_AreExactlyTheElementsWhoseClosureInTheModelStrandsTheFlow()
    {
        int withFailures = 0;
        int unreachable = 0;
        Check(NetworkCase.Generator(7, 16), c =>
        {
            var model = c.Build();
            var flow = model.Flows.Single();
            var found = NetworkAnalysis.Analyze(model).SinglePointsOfFailure
                .Select(p => (p.Kind, p.Id)).ToHashSet();
            bool reachable = CorridorGraph.Build(model).Reaches(flow.Origin, flow.Destination);
            var expected = new HashSet<(NetworkElementKind, string)>();
            if (reachable)
            {
                foreach (var link in model.Links.Where(l => l.Open && !CorridorGraph.Build(Close(model, l.Id)).Reaches(flow.Origin, flow.Destination)))
                {
                    expected.Add((NetworkElementKind.Link, link.Id));
                }

                foreach (var node in model.Nodes.Where(n => n.Id != flow.Origin && n.Id != flow.Destination))
                {
                    if (!CorridorGraph.Build(Close(model, node.Id)).Reaches(flow.Origin, flow.Destination))
                    {
                        expected.Add((NetworkElementKind.Node, node.Id));
                    }
                }
            }

            withFailures += expected.Count > 0 ? 1 : 0;
            unreachable += reachable ? 0 : 1;
            return found.SetEquals(expected);
        }, tests: 200);
        Assert.True(withFailures > 0 && unreachable > 0, $"{withFailures} cases with a single point of failure, {unreachable} unreachable");
    }

    [Fact]
    public void LinkDisjointRoutes_EqualTheCapacityWithOneTonnePerLink() =>
        Check(NetworkCase.Generator(7, 16), c =>
        {
            var model = c.Build();
            var unit = model with
            {
                Links = [.. model.Links.Select(l => l with { CapacityTonnesPerYear = 1, CapacityTeuPerYear = null })],
                Nodes = [.. model.Nodes.Select(n => n with { CapacityTonnesPerYear = null })],
            };
            var flow = NetworkAnalysis.Analyze(model).Flows.Single();
            double capacity;
            try
            {
                capacity = new CorridorRouter(unit).Capacity([flow.Origin], [flow.Destination]).MaxTonnesPerYear;
            }
            catch (NoPathException)
            {
                capacity = 0;
            }

            return flow.LinkDisjointRoutes == capacity && flow.NodeDisjointRoutes <= flow.LinkDisjointRoutes;
        }, tests: 200);

    // A link closes itself; a node closes every link that enters or leaves it.
    private static ScenarioModel Close(ScenarioModel model, string id) => model with
    {
        Links = [.. model.Links.Select(l => l.Id == id || l.From == id || l.To == id ? l with { Open = false } : l)],
    };
}
