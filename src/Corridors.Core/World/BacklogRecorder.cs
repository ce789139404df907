using Corridors.Core.Results;
using Corridors.Core.Shipments;
using Corridors.Kernel;
using Corridors.Kernel.Statistics;

namespace Corridors.Core.World;

/// <summary>
/// Counts the goods in the system from the shipment table: once when the warm-up ends (the kernel
/// calls <see cref="Reset"/> before it delivers anything at or after the warm-up) and once at the
/// horizon. It only reads rows and schedules nothing, so the run is exactly the same without it.
/// </summary>
internal sealed class BacklogRecorder : IWarmupResettable
{
    private readonly ReplicationContext _context;
    private BacklogSnapshot? _atWarmup;

    public BacklogRecorder(Simulation simulation, ReplicationContext context)
    {
        _context = context;
        simulation.Track(this);
    }

    public void Reset(double nowHours) => _atWarmup = Take(_context);

    /// <summary>Returns both snapshots; call at the horizon.</summary>
    public Backlog Finish() => new() { AtWarmup = _atWarmup ?? Take(_context), AtHorizon = Take(_context) };

    private static BacklogSnapshot Take(ReplicationContext context)
    {
        var scenario = context.Scenario;
        var corridorShipments = new long[scenario.FlowKeys.Count];
        var corridorTonnes = new double[scenario.FlowKeys.Count];
        var nodeTonnes = new double[scenario.Model.Nodes.Count];
        var linkTonnes = new double[scenario.Model.Links.Count];
        var table = context.Shipments;
        for (var i = 0; i < table.Used; i++)
        {
            ref readonly var s = ref table[i];
            if (s.Place == ShipmentPlace.Free)
            {
                continue;
            }

            var corridor = scenario.FlowKeyOfFlow[s.Flow];
            corridorShipments[corridor]++;
            corridorTonnes[corridor] += s.Tonnes;
            // Hop is the node a shipment is at, or the link it is on (it becomes the next node's on arrival).
            var route = scenario.Routes[s.Route];
            if (s.Place == ShipmentPlace.AtNode)
            {
                nodeTonnes[route.Nodes[s.Hop]] += s.Tonnes;
            }
            else
            {
                linkTonnes[route.Links[s.Hop]] += s.Tonnes;
            }
        }

        return new BacklogSnapshot { CorridorShipments = corridorShipments, CorridorTonnes = corridorTonnes, NodeTonnes = nodeTonnes, LinkTonnes = linkTonnes };
    }
}
