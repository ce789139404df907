using Corridors.Core.Shipments;

namespace Corridors.Core.Actors.Nodes;

/// <summary>
/// The way in and out of a node: each arrival is counted and admitted through the storage gate (or
/// blocked there), each departure counted, then delivered here or put on its next link. Part of
/// <see cref="NodeActor"/>, whose fields it uses: a file of its own for reading, one object for speed.
/// </summary>
internal abstract partial class NodeActor
{
    private void ArriveChain(int head)
    {
        for (var job = head; job >= 0;)
        {
            ref var s = ref _shipments[job];
            var next = s.Next;
            s.Next = -1;
            s.Hop++;
            if (_rerouter is not null && _rerouter.Reroute(ref s, Now))
            {
                _rerouter.Statistics.Rerouted(Index);
            }

            Enter(job);
            job = next;
        }
    }

    // A shipment arrives (or is created here) and is counted; the gate admits it or blocks it.
    private void Enter(int job)
    {
        var now = Now;
        ref var s = ref _shipments[job];
        s.Place = ShipmentPlace.AtNode;
        s.PlaceEnteredAt = now;
        s.StageEnteredAt = now;
        s.QueuedHours = 0;
        s.Stage = 0;
        _statistics.Arrivals++;
        _statistics.Present.Add(now, 1);
        if (_gate.TryEnter(job, now, _shipments, ref _statistics))
        {
            NextStage(job);
        }
    }

    private void AdmitBlocked()
    {
        for (var job = _gate.NextAdmitted(Now, _shipments, ref _statistics); job >= 0; job = _gate.NextAdmitted(Now, _shipments, ref _statistics))
        {
            NextStage(job);
        }
    }

    // Freed storage may admit blocked shipments; they go before this one enters its link.
    private void Leave(int job)
    {
        var link = Depart(job, Now);
        AdmitBlocked();
        if (link >= 0)
        {
            new LinkRef(Simulation, _context.LinkAddress(link)).Enter(job);
        }
    }

    // Counts the departure; returns the link the shipment must enter, or -1 when it was delivered here.
    private int Depart(int job, double now)
    {
        ref var s = ref _shipments[job];
        _statistics.Departures++;
        _statistics.TonnesOut += s.Tonnes;
        _statistics.Present.Add(now, -1);
        _statistics.Sojourn.Add(now - s.PlaceEnteredAt);
        _statistics.Wait.Add(s.QueuedHours);
        var link = HopOf(s).Link;
        if (link < 0)
        {
            var route = _routes[s.Route];
            _context.Flows[_flowKeyOfFlow[s.Flow]].Delivered(s.Quantity, s.Tonnes, s.Teu, now - s.CreatedAt, route.UsdPerTonne, route.Co2KgPerTonne);
            _gate.Release(s.Tonnes);
            _shipments.Deliver(job);
            return -1;
        }

        s.Place = ShipmentPlace.OnLink;
        s.PlaceEnteredAt = now;
        if (!_linkHasCarrier[link])
        {
            _gate.Release(s.Tonnes);
        }

        return link;
    }
}
