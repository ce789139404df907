using Corridors.Core.Analysis;
using Corridors.Core.Experiments;
using Corridors.Core.Model;
using Corridors.Core.Results;

namespace Corridors.Core.Tests.Analysis;

/// <summary>What compare tells a planner: elements one plan lacks, and differences too small to matter.</summary>
public sealed class PracticalChangeTests
{
    [Fact]
    public void Compare_NodeOnlyTheAlternativeHas_GivesItsAmountsAgainstZeroAndItsWaitAsAbsent()
    {
        // The what-if adds port "new" that handles 40 shipments in every replication with a 3 h wait.
        var baseRuns = Runs(r => [Node("old", 2 + (r % 2), 0.5, 100)]);
        var altRuns = Runs(r => [Node("old", 2 + (r % 2), 0.5, 100), Node("new", 3, 0.4, 40)]);

        var rows = ScenarioComparison.Compare(baseRuns, altRuns);
        var arrivals = rows.Single(d => d.Key == new MetricKey("node", "new", "arrivals"));
        var wait = rows.Single(d => d.Key == new MetricKey("node", "new", "mean_wait_h"));

        Assert.Equal(Presence.AltOnly, arrivals.Presence);
        Assert.Equal(0, arrivals.BaseMean);
        Assert.Equal(40, arrivals.AltMean);
        Assert.Equal(40, arrivals.Difference.Mean, 12);
        Assert.Equal(ChangeVerdict.Changed, PracticalChange.Verdict(arrivals));
        Assert.True(double.IsNaN(wait.BaseMean));
        Assert.Equal(3, wait.AltMean, 12);
        Assert.Equal(ChangeVerdict.OnlyInAlternative, PracticalChange.Verdict(wait));
        Assert.DoesNotContain(rows, d => d.Key.Id == "old" && d.Presence != Presence.Both);
    }

    [Fact]
    public void Verdict_SignificantDifferenceBelowTheResolution_IsNoChange()
    {
        // Utilization 0.310 → 0.312 in every replication: the interval is a point, so the change is
        // significant, but 0.2 percentage points is under the 0.5-point resolution.
        var d = ScenarioComparison.Compare(Runs(_ => [Node("p", 1, 0.310, 10)]), Runs(_ => [Node("p", 1, 0.312, 10)]))
            .Single(x => x.Key.Measure == "utilization");

        Assert.True(d.IsSignificant);
        Assert.Equal(ChangeVerdict.NoChange, PracticalChange.Verdict(d));
    }

    [Fact]
    public void RelativeChange_BaseWithinOneResolutionOfZero_IsNotGiven()
    {
        // Wait 0.01 h → 2 h: +19,900 % relative to noise. The base is under the 0.1 h resolution.
        var d = ScenarioComparison.Compare(Runs(_ => [Node("p", 0.01, 0.3, 10)]), Runs(_ => [Node("p", 2, 0.3, 10)]))
            .Single(x => x.Key.Measure == "mean_wait_h");
        var above = ScenarioComparison.Compare(Runs(_ => [Node("p", 0.2, 0.3, 10)]), Runs(_ => [Node("p", 2, 0.3, 10)]))
            .Single(x => x.Key.Measure == "mean_wait_h");

        Assert.Equal(199, d.RelativeChange, 9);
        Assert.True(double.IsNaN(PracticalChange.RelativeChange(d)));
        Assert.Equal(9, PracticalChange.RelativeChange(above), 9);
        Assert.Equal(ChangeVerdict.Changed, PracticalChange.Verdict(d));
    }

    private static ReplicationResult[] Runs(Func<int, NodeResult[]> nodes) => [.. Enumerable.Range(0, 4).Select(r => new ReplicationResult
    {
        Replication = r,
        MeasuredHours = 1000,
        Messages = 0,
        Nodes = nodes(r),
        Links = [],
        Flows = [],
        Conservation = new Conservation(0, 0, 0, 0, 0, 0),
    })];

    private static NodeResult Node(string id, double waitHours, double utilization, long arrivals) => new()
    {
        Id = id,
        Kind = NodeKind.Port,
        Arrivals = arrivals,
        Departures = arrivals,
        TonnesOut = arrivals,
        MeanPresent = 0,
        MeanWaiting = 0,
        MeanInService = 0,
        Utilization = utilization,
        MeanWaitHours = waitHours,
        MaxWaitHours = waitHours,
        MeanSojournHours = waitHours,
        MeanStationWaitHours = waitHours,
        MeanStationQueue = 0,
        HoursClosed = 0,
        BlockedShipments = 0,
        BlockedHours = 0,
    };
}
