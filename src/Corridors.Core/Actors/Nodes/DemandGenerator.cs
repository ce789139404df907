using Corridors.Core.Model;
using Corridors.Core.World;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Actors.Nodes;

/// <summary>
/// Creates the shipments of the flows that start at one node. Seasonality and demand shocks make the
/// rate vary in time; Poisson arrivals follow it exactly by thinning (candidates at the peak rate,
/// each kept with probability rate(t) / peak). Each flow draws from streams keyed by the flow's id, so
/// its arrivals, sizes and route choices are the same in every scenario that keeps the flow (under
/// dynamic choice, as long as its candidates cost the same: one uniform number per shipment either way).
/// </summary>
internal sealed class DemandGenerator
{
    private const double HoursPerYear = 8760;

    private readonly NodeActor _origin;
    private readonly ReplicationContext _context;
    private readonly FlowSource[] _sources;

    private DemandGenerator(NodeActor origin, ReplicationContext context, FlowSource[] sources)
    {
        _origin = origin;
        _context = context;
        _sources = sources;
        for (var i = 0; i < sources.Length; i++)
        {
            ScheduleNext(i, sources[i], context.Simulation.Now);
        }
    }

    /// <summary>Starts generating for the flows whose origin is <paramref name="origin"/>; null when there are none.</summary>
    public static DemandGenerator? For(NodeActor origin, ReplicationContext context)
    {
        var model = context.Scenario.Model;
        var sources = model.Flows.Select((f, i) => (f, i)).Where(p => p.f.Origin == origin.Spec.Id)
            .Select(p => new FlowSource(p.i, p.f, context))
            .ToArray();
        return sources.Length == 0 ? null : new DemandGenerator(origin, context, sources);
    }

    /// <summary>A candidate arrival of source <paramref name="local"/> is due: returns the new shipment, or -1 when thinning drops it.</summary>
    public int Generate(int local)
    {
        var source = _sources[local];
        var now = _context.Simulation.Now;
        ScheduleNext(local, source, now);
        if (source.IsSteady)
        {
            return source.CreateShipment(now);
        }

        var rate = source.RatePerHour(now);
        if (source.IsPoisson && rate < source.PeakRatePerHour
            && source.Arrivals.NextDouble() * source.PeakRatePerHour >= rate)
        {
            return -1;
        }

        if (rate == 0)
        {
            return -1;
        }

        return source.CreateShipment(now);
    }

    private void ScheduleNext(int local, FlowSource source, double now)
    {
        double gap;
        if (source.IsPoisson)
        {
            gap = -Math.Log(1 - source.Arrivals.NextDouble()) / source.PeakRatePerHour;
        }
        else
        {
            // Fixed spacing at the current rate; while the rate is zero, look again at the next change.
            var rate = source.RatePerHour(now);
            gap = rate > 0 ? 1 / rate : source.NextRateChangeAfter(now) - now;
        }

        _context.Simulation.Send(_origin.Address, new Message(NodeMessages.Generate, Arg: local), gap);
    }

    /// <summary>The per-flow part: rates, streams and shipment creation.</summary>
    private sealed class FlowSource
    {
        private readonly ReplicationContext _context;
        private readonly int _flowIndex;
        private readonly Commodity _commodity;
        private readonly double[] _monthFactors;
        private readonly DemandShock[] _shocks;
        private readonly double _baseRatePerHour;
        private readonly Random _sizes;
        private readonly Random _routes;
        private readonly int[] _routeChoices;
        private readonly double[] _cumulativeShares;

        public FlowSource(int flowIndex, FlowSpec flow, ReplicationContext context)
        {
            _context = context;
            _flowIndex = flowIndex;
            Flow = flow;
            _commodity = context.Scenario.Commodities[flow.Commodity];
            var weights = flow.MonthlyFactors ?? [.. Enumerable.Repeat(1.0, 12)];
            var mean = weights.Average();
            _monthFactors = [.. weights.Select(w => w / mean)];
            _shocks = [.. context.Scenario.Model.Disruptions.OfType<DemandShock>().Where(d => d.Flows.Count == 0 || d.Flows.Contains(flow.Id))];
            _baseRatePerHour = flow.VolumePerYear / HoursPerYear / flow.ShipmentSize.Mean;
            PeakRatePerHour = _baseRatePerHour * _monthFactors.Max() * _shocks.Aggregate(1.0, (p, s) => p * Math.Max(1, s.Factor));
            var id = new ActorId("flow", flow.Id);
            Arrivals = context.Simulation.Streams.For(id, "arrivals");
            _sizes = context.Simulation.Streams.For(id, "sizes");
            _routes = context.Simulation.Streams.For(id, "routes");
            (_routeChoices, _cumulativeShares) = context.Scenario.FlowRoutes[flowIndex];
            IsPoisson = flow.Arrival == ArrivalProcess.Poisson;
            IsSteady = _shocks.Length == 0 && flow.MonthlyFactors is null;
        }

        public FlowSpec Flow { get; }

        /// <summary>Gets whether the rate never changes (no seasonality, no shocks), so thinning is never needed.</summary>
        public bool IsSteady { get; }

        /// <summary>Gets whether arrivals are Poisson (otherwise evenly spaced).</summary>
        public bool IsPoisson { get; }

        public double PeakRatePerHour { get; }

        public Random Arrivals { get; }

        public double RatePerHour(double now)
        {
            var rate = _baseRatePerHour * _monthFactors[_context.Scenario.Calendar.MonthAt(now) - 1];
            foreach (var shock in _shocks)
            {
                if (now >= shock.FromHours && now < shock.ToHours)
                {
                    rate *= shock.Factor;
                }
            }

            return rate;
        }

        public double NextRateChangeAfter(double now)
        {
            var next = _context.Scenario.Calendar.EndOfMonthAt(now);
            foreach (var shock in _shocks)
            {
                if (shock.FromHours > now)
                {
                    next = Math.Min(next, shock.FromHours);
                }
                else if (shock.ToHours > now)
                {
                    next = Math.Min(next, shock.ToHours);
                }
            }

            return next;
        }

        public int CreateShipment(double now)
        {
            // A flow with one route draws no route number (its route stream is its own, so this shifts nothing else).
            var routes = _routeChoices;
            var cumulative = _cumulativeShares;
            var choice = 0;
            if (routes.Length > 1)
            {
                var u = _routes.NextDouble();
                if (_context.Chooser is { } chooser)
                {
                    choice = chooser.Choose(routes, cumulative, now, u);
                }
                else
                {
                    while (cumulative[choice] <= u && choice < cumulative.Length - 1)
                    {
                        choice++;
                    }
                }
            }

            _context.Chooser?.Statistics.Chose(routes[choice]);

            var quantity = Flow.ShipmentSize.Sample(_sizes);
            var job = _context.Shipments.Create();
            ref var s = ref _context.Shipments[job];
            s.Flow = _flowIndex;
            s.Route = routes[choice];
            s.Hop = 0;
            s.Quantity = quantity;
            s.Tonnes = _commodity.ToTonnes(quantity);
            s.Teu = _commodity.ToTeu(quantity);
            s.CreatedAt = now;
            return job;
        }
    }
}
