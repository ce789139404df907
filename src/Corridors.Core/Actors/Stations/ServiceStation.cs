using Corridors.Core.Model;
using Corridors.Core.Shipments;
using Corridors.Kernel;
using Corridors.Kernel.Statistics;

namespace Corridors.Core.Actors.Stations;

/// <summary>
/// A FIFO queue in front of c identical servers (berths, lanes, cranes): the M/M/c building block.
/// A component of a node actor; it decides when service starts and how long it takes, and the
/// actor schedules the completion message. A job is one shipment, or the head of a consolidated chain.
/// </summary>
/// <remarks>
/// A capacity factor f gives the station c·f servers' worth of capacity, in whole servers where
/// they fit (ADR 0002): ⌈c·f⌉ servers, each working at c·f ÷ ⌈c·f⌉ of its normal speed. So 5/4 on
/// four berths is a fifth berth, 1/2 on four is two berths closed, and 1/2 on one berth is one berth
/// at half speed; f = 0 starts nothing until it rises. A service keeps the speed it started with.
/// Invariant: the queue is non-empty only while every available server is busy or the facility is closed.
/// </remarks>
internal sealed class ServiceStation
{
    private readonly ServiceSpec _spec;
    private readonly Random _random;
    private readonly ShipmentTable _shipments;
    private readonly IntQueue _queue = new();
    private int _available;
    private double _speed = 1;

    public ServiceStation(ServiceSpec spec, Random random, ShipmentTable shipments, Simulation simulation)
    {
        _spec = spec;
        _random = random;
        _shipments = shipments;
        _available = spec.Servers;
        Waiting = simulation.Track(new TimeWeighted());
        WaitingShipments = simulation.Track(new TimeWeighted());
        Busy = simulation.Track(new TimeWeighted());
        InService = simulation.Track(new TimeWeighted());
        Available = simulation.Track(new TimeWeighted());
        Available.Set(0, _available);
        Wait = simulation.Track(new Tally());
    }

    /// <summary>Gets the number of servers at full capacity.</summary>
    public int Servers => _spec.Servers;

    /// <summary>Gets the number of jobs (shipments or consolidated lots) queued over time.</summary>
    public TimeWeighted Waiting { get; }

    /// <summary>Gets the number of shipments queued over time: a lot counts each shipment in it.</summary>
    public TimeWeighted WaitingShipments { get; }

    /// <summary>Gets the number of busy servers over time.</summary>
    public TimeWeighted Busy { get; }

    /// <summary>Gets the number of shipments in service over time: a lot counts each shipment in it.</summary>
    public TimeWeighted InService { get; }

    /// <summary>
    /// Gets the number of servers that can work, over time: those the capacity factor makes available, or more
    /// while services begun before a cut finish (a service keeps going through a closure). So busy ÷ available,
    /// the utilization, is the share of the server-hours that could work that did, never above 1.
    /// </summary>
    public TimeWeighted Available { get; }

    /// <summary>Gets the queueing times (hours) of jobs that started service.</summary>
    public Tally Wait { get; }

    /// <summary>Gets the mean service time in hours of a job of <paramref name="tonnes"/> at full capacity.</summary>
    public double MeanHours(double tonnes) => _spec.MeanHours(tonnes);

    /// <summary>Gets the number of jobs in the queue or in service.</summary>
    public int Present => _queue.Count + (int)Busy.Level;

    /// <summary>
    /// Sets the capacity factor from <paramref name="now"/> on: ⌈c·f⌉ servers at c·f ÷ ⌈c·f⌉ speed.
    /// Call <see cref="StartNext"/> afterwards while it starts jobs.
    /// </summary>
    public void SetCapacity(double now, double capacityFactor)
    {
        var capacity = _spec.Servers * capacityFactor;

        // The tolerance keeps a factor such as 1.2 on five servers (6.000000000000001) at six servers.
        _available = capacityFactor > 0 ? Math.Max(1, (int)Math.Ceiling(capacity - 1e-9)) : 0;
        _speed = _available > 0 ? capacity / _available : 1;
        Available.Set(now, Math.Max(_available, Busy.Level));
    }

    /// <summary>
    /// A job arrives. Returns its service time in hours when a server takes it now, or a negative
    /// number when it must queue.
    /// </summary>
    public double Arrive(int job, double now)
    {
        _shipments[job].StageEnteredAt = now;
        if (Busy.Level < _available)
        {
            return Start(job, now);
        }

        _queue.Enqueue(job);
        Waiting.Set(now, _queue.Count);
        WaitingShipments.Add(now, ChainLength(job));
        return -1;
    }

    /// <summary>Job <paramref name="job"/> finished service; frees its server.</summary>
    public void Complete(int job, double now)
    {
        Busy.Set(now, Busy.Level - 1);
        InService.Add(now, -ChainLength(job));
        if (Available.Level > _available)
        {
            // A server kept on past a cut has finished: it is no longer available.
            Available.Set(now, Math.Max(_available, Busy.Level));
        }
    }

    /// <summary>
    /// Starts the next queued job if a server is free and the facility open. Returns the job and its
    /// service time, or (-1, 0) when nothing starts.
    /// </summary>
    public (int Job, double Hours) StartNext(double now)
    {
        if (_queue.Count == 0 || Busy.Level >= _available)
        {
            return (-1, 0);
        }

        var job = _queue.Dequeue();
        Waiting.Set(now, _queue.Count);
        WaitingShipments.Add(now, -ChainLength(job));
        return (job, Start(job, now));
    }

    private double Start(int job, double now)
    {
        var queued = now - _shipments[job].StageEnteredAt;
        Wait.Add(queued);
        Busy.Set(now, Busy.Level + 1);

        // A consolidated lot is one job: every shipment in it waited, and a rate applies to all its tonnes.
        var tonnes = 0.0;
        var members = 0;
        for (var member = job; member >= 0; member = _shipments[member].Next)
        {
            _shipments[member].QueuedHours += queued;
            tonnes += _shipments[member].Tonnes;
            members++;
        }

        InService.Add(now, members);

        var hours = _spec.TimeHours is { } time ? time.Sample(_random) : tonnes / _spec.TonnesPerHour!.Value;
        return _speed == 1 ? hours : hours / _speed;
    }

    private int ChainLength(int job)
    {
        var count = 0;
        for (var member = job; member >= 0; member = _shipments[member].Next)
        {
            count++;
        }

        return count;
    }
}
