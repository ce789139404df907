using Corridors.Core.Actors.Stations;
using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Core.World;
using Corridors.Core.World.Choice;

namespace Corridors.Core.Actors.Nodes;

/// <summary>
/// How a node actor tells the <see cref="NetworkStateBoard"/> which of its stations each route passes
/// there: it asks its own station mapping for a stand-in shipment of that route and hop, so the layout of
/// the stations stays the actor's own knowledge.
/// </summary>
internal static class StationBoard
{
    private static readonly Stages[] StationStages = [Stages.Handling, Stages.Clearance, Stages.GaugeChange];

    /// <summary>A station mapping of a node actor: the station serving a stage for a shipment, or -1.</summary>
    public delegate int StationMapping(Stages stage, in Shipment shipment);

    /// <summary>Publishes, for every visit of the routes to node <paramref name="node"/>, the stations it passes.</summary>
    public static void PublishUses(NetworkStateBoard board, CompiledScenario scenario, int node, int firstSlot, ServiceStation[] stations, StationMapping stationFor)
    {
        var choice = scenario.Choice!;
        foreach (var (route, hop) in choice.VisitsByNode[node])
        {
            var planned = scenario.Routes[route].StagesAtHop[hop];
            var probe = new Shipment { Route = route, Hop = hop, Next = -1 };
            var uses = new List<StationUse>(2);
            foreach (var stage in StationStages)
            {
                var station = planned.HasFlag(stage) ? stationFor(stage, probe) : -1;
                if (station >= 0)
                {
                    var servers = stations[station].Servers;
                    uses.Add(new StationUse(firstSlot + station, servers, stations[station].MeanHours(choice.ShipmentTonnes[route]) / servers));
                }
            }

            if (uses.Count > 0)
            {
                board.UseStations(route, hop, [.. uses]);
            }
        }
    }
}
