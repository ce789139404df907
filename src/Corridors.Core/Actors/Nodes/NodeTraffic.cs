using Corridors.Core.Actors.Stations;
using Corridors.Core.Shipments;
using Corridors.Core.World;

namespace Corridors.Core.Actors.Nodes;

/// <summary>
/// How shipments come into and leave a node actor, a component used within the actor's turn. Each
/// arrival is counted and admitted through the storage gate (or blocked there). Each departure is
/// counted, then the shipment is either delivered (its route ends here: its flow records it and its
/// row is freed) or put on its next link. Storage is freed at once, except for goods a carrier will
/// take: the carrier frees it when it departs.
/// </summary>
internal sealed class NodeTraffic(ReplicationContext context, NodeStatistics statistics, StorageGate gate)
{
    private readonly ShipmentTable _shipments = context.Shipments;
    private readonly CompiledRoute[] _routes = context.Scenario.Routes;
    private readonly bool[] _linkHasCarrier = context.Scenario.LinkHasCarrier;
    private readonly int[] _flowKeyOfFlow = context.Scenario.FlowKeyOfFlow;

    /// <summary>A shipment arrives at <paramref name="now"/>; returns whether the gate admitted it (else it is blocked).</summary>
    public bool Enter(int job, double now)
    {
        ref var s = ref _shipments[job];
        s.Place = ShipmentPlace.AtNode;
        s.PlaceEnteredAt = now;
        s.StageEnteredAt = now;
        s.QueuedHours = 0;
        s.Stage = 0;
        statistics.Arrivals++;
        statistics.Present.Add(now, 1);
        return gate.TryEnter(job, now);
    }

    /// <summary>Frees <paramref name="tonnes"/> of storage (a carrier departed with goods it held here).</summary>
    public void Release(double tonnes) => gate.Release(tonnes);

    /// <summary>Returns the next blocked shipment that now fits in storage, or -1.</summary>
    public int NextAdmitted(double now) => gate.NextAdmitted(now);

    /// <summary>A shipment leaves at <paramref name="now"/>; returns the link it must enter, or -1 when it was delivered.</summary>
    public int Leave(int job, double now)
    {
        ref var s = ref _shipments[job];
        var route = _routes[s.Route];
        statistics.Departures++;
        statistics.TonnesOut += s.Tonnes;
        statistics.Present.Add(now, -1);
        statistics.Sojourn.Add(now - s.PlaceEnteredAt);
        statistics.Wait.Add(s.QueuedHours);
        var links = route.Links;
        if (s.Hop == links.Length)
        {
            context.Flows[_flowKeyOfFlow[s.Flow]].Delivered(s.Quantity, s.Tonnes, s.Teu, now - s.CreatedAt, route.UsdPerTonne, route.Co2KgPerTonne);
            gate.Release(s.Tonnes);
            _shipments.Deliver(job);
            return -1;
        }

        var link = links[s.Hop];
        s.Place = ShipmentPlace.OnLink;
        s.PlaceEnteredAt = now;
        if (!_linkHasCarrier[link])
        {
            gate.Release(s.Tonnes);
        }

        return link;
    }
}
