using Corridors.Core.Model;
using Corridors.Core.Routing.Topology;
using Corridors.Testing;
using static Corridors.Core.Tests.Support.NetworkSpecs;

namespace Corridors.Core.Tests.Routing.Topology;

/// <summary>The structure report on hand-worked networks.</summary>
public sealed class NetworkAnalysisTests
{
    // w → s ⇒ a (road and rail), a is a hub; a → b → t by road, a → t by rail, a → c, b → d by road; z stands alone.
    // f1 s → t (8,760 t/yr) and f2 s → c (4,380 t/yr) both pass a; f2 also needs a → c.
    private static ScenarioModel Sample() => new TestModel()
        .Add(City("s")).Add(Hub("a")).Add(City("b")).Add(City("t")).Add(City("c")).Add(City("d")).Add(City("w")).Add(City("z"))
        .Link(Link("s", "a")).Link(Link("s", "a", TransportMode.Rail, id: "s-a-rail")).Link(Link("a", "b")).Link(Link("b", "t"))
        .Link(Link("a", "t", TransportMode.Rail)).Link(Link("a", "c")).Link(Link("b", "d")).Link(Link("w", "s"))
        .Flow("s", "t", 1, id: "f1").Flow("s", "c", 0.5, id: "f2")
        .Build();

    [Fact]
    public void Analyze_Overall_FindsComponentsUnreachedNodesAndDeadEnds()
    {
        var overall = NetworkAnalysis.Analyze(Sample()).Overall;

        Assert.Equal(["a", "b", "c", "d", "s", "t", "w"], overall.Components[0]);
        Assert.Equal(["z"], overall.Components[1]);
        Assert.Equal(2, overall.Components.Count);
        Assert.Equal(["w", "z"], overall.Unreached);
        Assert.Equal(["d"], overall.DeadEnds);
        Assert.Equal((8, 8), (overall.Nodes, overall.Links));
    }

    [Fact]
    public void Analyze_PerMode_CountsOnlyThatModesLinksAndNodes()
    {
        var modes = NetworkAnalysis.Analyze(Sample()).Modes.ToDictionary(m => m.Mode);

        Assert.Equal(["rail", "road"], modes.Keys);
        Assert.Equal((3, 2, 1), (modes["rail"].Nodes, modes["rail"].Links, modes["rail"].Components.Count));
        Assert.Equal((7, 6, 1), (modes["road"].Nodes, modes["road"].Links, modes["road"].Components.Count));
        Assert.Equal(["w"], modes["road"].Unreached);
        Assert.Empty(modes["rail"].Unreached);
        Assert.Equal(["d"], modes["road"].DeadEnds);
    }

    [Fact]
    public void Analyze_SinglePointsOfFailure_AreRankedByTonnesAtRisk()
    {
        var failures = NetworkAnalysis.Analyze(Sample()).SinglePointsOfFailure;

        Assert.Equal(2, failures.Count);
        Assert.Equal((NetworkElementKind.Node, "a", 8760 + 4380.0), (failures[0].Kind, failures[0].Id, failures[0].TonnesPerYearAtRisk));
        Assert.Equal(["f1", "f2"], failures[0].Flows);
        Assert.Equal((NetworkElementKind.Link, "a-c", 4380.0), (failures[1].Kind, failures[1].Id, failures[1].TonnesPerYearAtRisk));
        Assert.Equal(["f2"], failures[1].Flows);
    }

    [Fact]
    public void Analyze_Redundancy_CountsLinkAndNodeDisjointRoutes()
    {
        var flows = NetworkAnalysis.Analyze(Sample()).Flows;

        // f1 leaves s on two links and reaches t on two (b-t, a-t), but every route passes a.
        Assert.Equal(new FlowRedundancy("f1", "s", "t", 8760, 2, 1), flows[0]);
        Assert.Equal(new FlowRedundancy("f2", "s", "c", 4380, 1, 1), flows[1]);
    }

    [Fact]
    public void Analyze_TwoHubsAndADirectLink_GiveThreeDisjointRoutesAndNoSinglePoint()
    {
        var model = new TestModel()
            .Add(City("s")).Add(Hub("m1")).Add(Hub("m2")).Add(City("t"))
            .Link(Link("s", "m1")).Link(Link("m1", "t")).Link(Link("s", "m2")).Link(Link("m2", "t")).Link(Link("s", "t"))
            .Flow("s", "t", 1, id: "f")
            .Build();

        var report = NetworkAnalysis.Analyze(model);

        Assert.Equal(new FlowRedundancy("f", "s", "t", 8760, 3, 3), report.Flows.Single());
        Assert.Empty(report.SinglePointsOfFailure);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void Analyze_AGaugeBreak_IsPassableOnlyWhereTheGaugeCanChange(bool gaugeChange, int routes)
    {
        NodeSpec x = gaugeChange ? Crossing("x", gaugeChangeHours: 2) : City("x");
        var model = new TestModel()
            .Add(City("s")).Add(x).Add(City("t"))
            .Link(Link("s", "x", TransportMode.Rail, gauge: 1520)).Link(Link("x", "t", TransportMode.Rail, gauge: 1435))
            .Flow("s", "t", 1, id: "f")
            .Build();

        var report = NetworkAnalysis.Analyze(model);

        Assert.Equal(routes, report.Flows.Single().LinkDisjointRoutes);
        Assert.Equal(gaugeChange, CorridorGraph.Build(model).Reaches("s", "t"));
        // Without a gauge change the rail network splits into two components at x.
        Assert.Equal(gaugeChange ? 1 : 2, report.Modes.Single().Components.Count);
    }
}
