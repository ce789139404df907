using Corridors.Core.Analysis;
using Corridors.Core.Model;
using Corridors.Core.Results;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Core.Tests.Analysis;

/// <summary>Undelivered tonnes and shares on deterministic cases worked by hand: one-tonne shipments every 10 h from hour 10, warm-up 50 h, horizon 100 h.</summary>
public sealed class BacklogGrowthTests
{
    [Fact]
    public void Extract_PipelineOf25Hours_CountsTheTwoShipmentsStillTravellingAndNoShortfall()
    {
        // Created at 10 … 90 (100 is the horizon), delivered 25 h later. At 50: 30 and 40 travel (2 t).
        // At 100: 80 and 90 travel (2 t). Measured: created 50 … 90 (5 t), delivered those of 30 … 70 (5 t).
        var result = ReplicationRunner.Run(
            Deterministic().Zone("source").City("sink").Link("source", "sink", travel: new ConstantDistribution(25)).Flow("source", "sink", 0.1, ArrivalProcess.Fixed).Compile(), 0);

        Assert.Equal(2, Figure(result, "corridor", "undelivered_t"));
        Assert.Equal(0, Figure(result, "corridor", "undelivered_share"));
        Assert.Equal(2, Figure(result, "system", "undelivered_t"));
        Assert.Equal([2.0], result.Backlog!.AtWarmup.LinkTonnes);
        Assert.Equal([2.0], result.Backlog.AtHorizon.LinkTonnes);
    }

    [Fact]
    public void Extract_BerthOf20HoursFedEvery10_CountsTheQueueAndTheShortfall()
    {
        // The berth serves 10–30, 30–50, 50–70, 70–90, 90–110. At 50 (before what happens at 50): created
        // 10 … 40, delivered the one of 10 → 3 t. Measured: created 50 … 90 (5 t), delivered at 50, 70, 90
        // (3 t) → 5 t at the horizon, all at the port; undelivered share (5 − 3) / 5 = 1 − 3/5 = 0.4.
        var result = ReplicationRunner.Run(
            Deterministic().Zone("source").Port("port", 1, new ConstantDistribution(20)).City("sink")
                .Link("source", "port", TransportMode.Sea).Link("port", "sink").Flow("source", "sink", 0.1, ArrivalProcess.Fixed).Compile(), 0);

        Assert.Equal(5, Figure(result, "corridor", "undelivered_t"));
        Assert.Equal(0.4, Figure(result, "corridor", "undelivered_share"), 12);
        Assert.Equal(0.4, Figure(result, "system", "undelivered_share"), 12);
        Assert.Equal([0.0, 3.0, 0.0], result.Backlog!.AtWarmup.NodeTonnes);
        Assert.Equal([0.0, 5.0, 0.0], result.Backlog.AtHorizon.NodeTonnes);
        Assert.Equal([3L], result.Backlog.AtWarmup.CorridorShipments);
    }

    [Fact]
    public void Extract_ResultWithoutABacklog_LeavesTheFiguresUndefined()
    {
        var result = ReplicationRunner.Run(Deterministic().Zone("source").City("sink").Link("source", "sink").Flow("source", "sink", 0.1).Compile(), 0) with { Backlog = null };

        Assert.True(double.IsNaN(Figure(result, "corridor", "undelivered_t")));
        Assert.True(double.IsNaN(Figure(result, "system", "undelivered_share")));
    }

    private static TestModel Deterministic() => new() { Horizon = 100, Warmup = 50 };

    private static double Figure(ReplicationResult result, string scope, string measure) =>
        MetricExtractor.Extract(result).Single(v => v.Key.Scope == scope && v.Key.Measure == measure).Value;
}
