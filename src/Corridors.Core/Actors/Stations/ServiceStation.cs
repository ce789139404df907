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
/// Invariant: the queue is non-empty only while every available server is busy or the facility is closed.
/// A capacity factor f in (0, 1) stretches service times by 1/f; f = 0 starts nothing until it rises.
/// </remarks>
internal sealed class ServiceStation
{
    private readonly ServiceSpec _spec;
    private readonly Random _random;
    private readonly ShipmentTable _shipments;
    private readonly IntQueue _queue = new();
    private readonly double _servers;

    public ServiceStation(ServiceSpec spec, Random random, ShipmentTable shipments, Simulation simulation)
    {
        _spec = spec;
        _random = random;
        _shipments = shipments;
        _servers = spec.Servers;
        Waiting = simulation.Track(new TimeWeighted());
        Busy = simulation.Track(new TimeWeighted());
        Wait = simulation.Track(new Tally());
    }

    /// <summary>Gets the number of servers.</summary>
    public int Servers => _spec.Servers;

    /// <summary>Gets the number of jobs queued over time.</summary>
    public TimeWeighted Waiting { get; }

    /// <summary>Gets the number of busy servers over time.</summary>
    public TimeWeighted Busy { get; }

    /// <summary>Gets the queueing times (hours) of jobs that started service.</summary>
    public Tally Wait { get; }

    /// <summary>Gets the mean service time in hours of a job of <paramref name="tonnes"/> at full capacity.</summary>
    public double MeanHours(double tonnes) => _spec.MeanHours(tonnes);

    /// <summary>Gets the number of jobs in the queue or in service.</summary>
    public int Present => _queue.Count + (int)Busy.Level;

    /// <summary>
    /// A job arrives. Returns its service time in hours when a server takes it now, or a negative
    /// number when it must queue.
    /// </summary>
    public double Arrive(int job, double now, double capacityFactor)
    {
        _shipments[job].StageEnteredAt = now;
        if (Busy.Level < _servers && capacityFactor > 0)
        {
            return Start(job, now, capacityFactor);
        }

        _queue.Enqueue(job);
        Waiting.Set(now, _queue.Count);
        return -1;
    }

    /// <summary>A job finished service; frees its server.</summary>
    public void Complete(double now) => Busy.Set(now, Busy.Level - 1);

    /// <summary>
    /// Starts the next queued job if a server is free and the facility open. Returns the job and its
    /// service time, or (-1, 0) when nothing starts.
    /// </summary>
    public (int Job, double Hours) StartNext(double now, double capacityFactor)
    {
        if (_queue.Count == 0 || Busy.Level >= _servers || capacityFactor == 0)
        {
            return (-1, 0);
        }

        var job = _queue.Dequeue();
        Waiting.Set(now, _queue.Count);
        return (job, Start(job, now, capacityFactor));
    }

    private double Start(int job, double now, double capacityFactor)
    {
        var queued = now - _shipments[job].StageEnteredAt;
        Wait.Add(queued);
        Busy.Set(now, Busy.Level + 1);

        // A consolidated lot is one job: every shipment in it waited, and a rate applies to all its tonnes.
        var tonnes = 0.0;
        for (var member = job; member >= 0; member = _shipments[member].Next)
        {
            _shipments[member].QueuedHours += queued;
            tonnes += _shipments[member].Tonnes;
        }

        var hours = _spec.TimeHours is { } time ? time.Sample(_random) : tonnes / _spec.TonnesPerHour!.Value;
        return capacityFactor < 1 ? hours / capacityFactor : hours;
    }
}
