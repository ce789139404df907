using Corridors.Core.Analysis;
using Corridors.Core.Model;
using Corridors.Core.Results;
using Corridors.Core.Tests.Support;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Core.Tests.Analysis;

/// <summary>Which places a summary names as bottlenecks, in which order, and what goods wait for there.</summary>
public sealed class BottleneckRankingTests
{
    private const double MeasuredHours = 8760;

    [Fact]
    public void Build_FerryEveryHundredHours_RanksTheFerryFirstWithItsStageAndLittlesTonnes()
    {
        // 1 t/h of 1 t shipments, Poisson: the berths (M/D/1 at ρ = 0.25) hold them minutes, while the
        // ferry sails every 100 h, so a shipment waits 50 h on average and 1 t/h × 50 h = 50 t wait for it.
        var model = new TestModel { Horizon = 4200, Warmup = 200 }
            .City("a").Port("p", 1, new ConstantDistribution(0.25)).Port("q", 1, new ConstantDistribution(0.25)).City("b")
            .Link("a", "p").Link("p", "q", TransportMode.Sea, carrier: new CarrierSpec(CarrierKind.Ferry, 1000, CargoUnit.Tonne, new TimetableDeparture(100)))
            .Link("q", "b").Flow("a", "b", 1).Build();
        var results = Replications.Run(TestModel.Compile(model), 4);

        var summary = ExperimentSummary.Build(model, results);

        var first = summary.Bottlenecks[0];
        Assert.Equal(("link", "p-q", "sea", "departure", "waiting for a ferry sailing"), (first.Scope, first.Id, first.Kind, first.Stage, first.What));
        Assert.Equal(50, first.TonnesWaiting.Mean, 50 * 0.15);
        var perReplication = results.Select(r => r.Link("p-q")).Select(l => l.MeanWaitHours * l.Tonnes / 4000).ToList();
        Assert.Equal(perReplication.Average(), first.TonnesWaiting.Mean, 9);
        var berth = Assert.Single(summary.Bottlenecks, b => b.Id == "p");
        Assert.Equal(("node", "port", "berth", "waiting for a berth"), (berth.Scope, berth.Kind, berth.Stage, berth.What));
        Assert.True(berth.TonnesWaiting.Mean < first.TonnesWaiting.Mean / 10);
    }

    [Fact]
    public void Build_LongWaitOfFewTonnesAndShortWaitOfMany_RanksByTonnesWaitingNotByWait()
    {
        // A berth delays 2 Mt/yr by 12 h (2,000,000 × 12 ÷ 8,760 = 2,739.7 t waiting); a barge link delays
        // 3 kt/yr by 500 h (171.2 t). The longest wait is the link's, the bottleneck the berth.
        var model = Network();
        var results = Runs(_ => [Node("berth", waitHours: 12, tonnesPerYear: 2_000_000)], _ => [Link("x-berth", waitHours: 500, tonnesPerYear: 3000)]);

        var summary = ExperimentSummary.Build(model, results);

        Assert.Equal(["berth", "x-berth"], summary.Bottlenecks.Select(b => b.Id));
        Assert.Equal(2_000_000 * 12 / 8760.0, summary.Bottlenecks[0].TonnesWaiting.Mean, 6);
        Assert.Equal(3000 * 500 / 8760.0, summary.Bottlenecks[1].TonnesWaiting.Mean, 6);
        Assert.Equal(("waiting for a sailing", "river"), (summary.Bottlenecks[1].What, summary.Bottlenecks[1].Kind));
    }

    [Fact]
    public void Build_NodeWhereMostWaitingIsAtAFullGate_SaysStorageIsFull()
    {
        var results = Runs(_ => [Node("berth", waitHours: 30, tonnesPerYear: 10_000, meanQueue: 4, meanBlocked: 3)], _ => []);

        var b = Assert.Single(ExperimentSummary.Build(Network(), results).Bottlenecks);

        Assert.Equal(("storage-full", "blocked at the gate: storage full"), (b.Stage, b.What));
    }

    [Fact]
    public void Build_LinkThatIcedOver_SaysHowLongItWasClosedAndByWhat()
    {
        var ice = new SeasonalClosure { Id = "river-ice", Targets = ["x-berth"], From = new MonthDay(11, 15), To = new MonthDay(4, 15) };
        var storms = new StormProcess { Id = "breezes", Targets = ["x-berth"], IntervalHours = new ConstantDistribution(100), DurationHours = new ConstantDistribution(5), CapacityFactor = 0.5 };
        var model = Network() with { Disruptions = [ice, storms] };
        var results = Runs(_ => [], r => [Link("x-berth", waitHours: 40, tonnesPerYear: 3000, hoursClosed: 3600 + r)]);

        var b = Assert.Single(ExperimentSummary.Build(model, results).Bottlenecks);

        Assert.Equal(3601.5, b.HoursClosed, 9);
        Assert.Equal(["river-ice"], b.ClosedBy);
    }

    [Fact]
    public void Build_NothingWaitsAnywhere_NamesNoBottleneck()
    {
        var results = Runs(_ => [Node("berth", waitHours: 0, tonnesPerYear: 5000)], _ => [Link("x-berth", waitHours: 0, tonnesPerYear: 5000)]);

        Assert.Empty(ExperimentSummary.Build(Network(), results).Bottlenecks);
    }

    // A city and a port joined by a barge link: ids as the hand-made results name them.
    private static ScenarioModel Network() => new TestModel()
        .City("x").Port("berth", 2, new ConstantDistribution(1))
        .Link("x", "berth", TransportMode.River, carrier: new CarrierSpec(CarrierKind.Vessel, 1500, CargoUnit.Tonne, new WhenFullDeparture(120)))
        .Build();

    private static ReplicationResult[] Runs(Func<int, NodeResult[]> nodes, Func<int, LinkResult[]> links) => [.. Enumerable.Range(0, 4).Select(r => new ReplicationResult
    {
        Replication = r,
        MeasuredHours = MeasuredHours,
        Messages = 0,
        Nodes = nodes(r),
        Links = links(r),
        Flows = [],
        Conservation = new Conservation(0, 0, 0, 0, 0, 0),
    })];

    private static NodeResult Node(string id, double waitHours, double tonnesPerYear, double meanQueue = 1, double meanBlocked = 0) => new()
    {
        Id = id,
        Kind = NodeKind.Port,
        Arrivals = 100,
        Departures = 100,
        TonnesOut = tonnesPerYear,
        MeanPresent = meanQueue + 1,
        MeanWaiting = meanQueue,
        MeanBlocked = meanBlocked,
        MeanInService = 1,
        Utilization = 0.5,
        MeanWaitHours = waitHours,
        MaxWaitHours = 2 * waitHours,
        MeanSojournHours = waitHours + 1,
        MeanStationWaitHours = waitHours,
        MeanStationQueue = meanQueue,
        HoursClosed = 0,
        BlockedShipments = 0,
        BlockedHours = 0,
    };

    private static LinkResult Link(string id, double waitHours, double tonnesPerYear, double hoursClosed = 0) => new()
    {
        Id = id,
        Mode = TransportMode.River,
        Shipments = 10,
        Departures = 2,
        CancelledDepartures = 0,
        MeanLoadFactor = 0.5,
        Tonnes = tonnesPerYear,
        TonneKm = tonnesPerYear * 100,
        MeanWaitHours = waitHours,
        MeanTravelHours = 10,
        MeanPresent = 1,
        HoursClosed = hoursClosed,
    };
}
