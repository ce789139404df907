using Corridors.Core.Actors.Nodes;
using Corridors.Core.Results;
using Corridors.Kernel;

namespace Corridors.Core.World;

/// <summary>
/// Runs a replication to its horizon in steps and, at each step's end, reads every node's area under
/// "number waiting" and "closed" (time-weighted statistics reset at the warm-up) to get the step's
/// time average. It only reads between deliveries and schedules nothing, so the replication's messages,
/// their order and every other figure are exactly those of one uninterrupted run.
/// </summary>
internal static class SeriesRecorder
{
    public static NodeSeries Run(Simulation simulation, ReplicationContext context, double horizonHours, double stepHours)
    {
        var start = simulation.WarmupHours;
        var steps = (int)Math.Ceiling((horizonHours - start) / stepHours);
        var count = context.Nodes.Length;
        var waiting = new double[count][];
        var closed = new double[count][];
        var lastWaiting = new double[count];
        var lastClosed = new double[count];
        for (var n = 0; n < count; n++)
        {
            waiting[n] = new double[steps];
            closed[n] = new double[steps];
        }

        for (var k = 0; k < steps; k++)
        {
            var from = start + (k * stepHours);
            var to = Math.Min(horizonHours, from + stepHours);
            simulation.Run(to);
            for (var n = 0; n < count; n++)
            {
                var node = (NodeActor)simulation.Actors.Get(context.Nodes[n].Address);
                var waitingArea = node.Statistics.Blocked.Area(to) + node.Stations.Sum(s => s.WaitingShipments.Area(to));
                var closedArea = node.Capacity.Closed.Area(to);
                waiting[n][k] = (waitingArea - lastWaiting[n]) / (to - from);
                closed[n][k] = closedArea - lastClosed[n];
                lastWaiting[n] = waitingArea;
                lastClosed[n] = closedArea;
            }
        }

        return new NodeSeries { StartHours = start, StepHours = stepHours, EndHours = horizonHours, Waiting = waiting, ClosedHours = closed };
    }
}
