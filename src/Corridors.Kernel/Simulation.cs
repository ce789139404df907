using System.Diagnostics.CodeAnalysis;
using Corridors.Kernel.Events;
using Corridors.Kernel.Grains;
using Corridors.Kernel.Randomness;
using Corridors.Kernel.Statistics;

namespace Corridors.Kernel;

/// <summary>
/// The discrete-event kernel of one replication: a simulated clock in hours, the future-event list
/// and the grains whose messages it delivers. Single-threaded and synchronous; parallelism lives
/// across replications, each with its own <see cref="Simulation"/>.
/// </summary>
/// <remarks>
/// Messages are delivered in a total order: by delivery time, then by send order. Nothing depends
/// on hash order, thread timing or the wall clock, so a run is a pure function of its model and seed.
/// </remarks>
public sealed class Simulation
{
    private readonly EventQueue _future = new();
    private readonly ImmediateQueue _immediate = new();
    private readonly List<IWarmupResettable> _statistics = [];
    private long _sequence;
    private int _current = -1;
    private Message _delivering;
    private bool _warmedUp;
    private double _warmupHours;

    /// <summary>Initializes an empty simulation at time 0 whose random streams come from <paramref name="streams"/>.</summary>
    public Simulation(RandomStreams streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        Streams = streams;
        Grains = new GrainDirectory(this);
    }

    /// <summary>Gets the current simulated time in hours (≥ 0).</summary>
    public double Now { get; private set; }

    /// <summary>Gets the grains of this simulation.</summary>
    public GrainDirectory Grains { get; }

    /// <summary>Gets the random streams of this replication.</summary>
    public RandomStreams Streams { get; }

    /// <summary>Gets the number of messages delivered so far.</summary>
    public long MessagesDelivered { get; private set; }

    /// <summary>Gets or sets an observer told of every delivery (tracing, determinism checks); null for none.</summary>
    public IDeliveryObserver? Observer { get; set; }

    /// <summary>
    /// Gets or sets the warm-up length in hours: statistics registered with <see cref="Track{T}"/> are
    /// reset when the clock reaches it, so what happened before is discarded. Range: ≥ 0.
    /// </summary>
    public double WarmupHours
    {
        get => _warmupHours;
        set
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "warm-up must be a finite number of hours ≥ 0");
            }

            _warmupHours = value;
        }
    }

    /// <summary>Gets the time of the next delivery, or +∞ when nothing is scheduled.</summary>
    public double PeekTime() =>
        _immediate.Count > 0 ? Now : _future.Count > 0 ? _future.Peek().Time : double.PositiveInfinity;

    /// <summary>Registers a statistic to be reset at the end of the warm-up, and returns it.</summary>
    public T Track<T>(T statistic)
        where T : IWarmupResettable
    {
        ArgumentNullException.ThrowIfNull(statistic);
        _statistics.Add(statistic);
        if (_warmedUp)
        {
            statistic.Reset(Now);
        }

        return statistic;
    }

    /// <summary>Schedules <paramref name="message"/> for <paramref name="to"/> after <paramref name="delayHours"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative, infinite or NaN; the message names the sending grain.</exception>
    /// <exception cref="UnknownGrainException">No grain is registered at <paramref name="to"/>.</exception>
    public void Send(GrainAddress to, in Message message, double delayHours = 0)
    {
        if ((uint)to.Index >= (uint)Grains.Count)
        {
            Grains.CheckAddress(to);
        }

        var now = Now;
        if (delayHours == 0)
        {
            _immediate.Enqueue(to.Index, message);
            return;
        }

        var time = now + delayHours;
        if (!(delayHours > 0) || double.IsPositiveInfinity(delayHours))
        {
            ThrowInvalidDelay(to, message.Kind, delayHours);
        }

        // A delay too small to move the clock is due now, after what is already due.
        if (time > now)
        {
            _future.Push(new ScheduledMessage(time, _sequence++, to.Index, message));
        }
        else
        {
            _immediate.Enqueue(to.Index, message);
        }
    }

    /// <summary>Delivers the next message, if any, and returns whether one was delivered.</summary>
    public bool Step() => DeliverUntil(double.PositiveInfinity, 1) == 1;

    /// <summary>
    /// Delivers messages in order until the next one is due at or after <paramref name="untilHours"/>,
    /// then sets the clock to <paramref name="untilHours"/> (the horizon).
    /// </summary>
    public void Run(double untilHours)
    {
        if (!(untilHours >= Now) || double.IsInfinity(untilHours))
        {
            throw new ArgumentOutOfRangeException(nameof(untilHours), untilHours, $"the horizon must be a finite time ≥ now ({Now} h)");
        }

        DeliverUntil(untilHours, long.MaxValue);
        EndWarmupIfDue(untilHours);
        Now = untilHours;
    }

    // The hot loop. One try block around all deliveries (not one per message) keeps the loop body
    // inlinable; a grain's exception is wrapped with the grain, message and time it failed on.
    private long DeliverUntil(double untilHours, long most)
    {
        var delivered = 0L;
        try
        {
            while (delivered < most)
            {
                ref readonly var message = ref NextDue(untilHours, out var target);
                if (target < 0)
                {
                    break;
                }

                _current = target;
                Grains.ForDelivery(target).Receive(message);
                delivered++;
                Observer?.Delivered(Now, new GrainAddress(target), message);
            }
        }
        catch (Exception ex) when (ex is not GrainFailureException && _current >= 0)
        {
            throw new GrainFailureException(Grains.IdOf(new GrainAddress(_current)), _delivering, Now, ex);
        }
        finally
        {
            _current = -1;
            MessagesDelivered += delivered;
        }

        return delivered;
    }

    // Returns the next message due before untilHours (and advances the clock to it), or target -1.
    // Heap entries due now go before zero-delay ones: they were sent earlier.
    private ref readonly Message NextDue(double untilHours, out int target)
    {
        if (_immediate.Count > 0 && Now < untilHours && (_future.Count == 0 || _future.Peek().Time > Now))
        {
            ref readonly var entry = ref _immediate.Dequeue();
            target = entry.Target;
            _delivering = entry.Message;
            return ref entry.Message;
        }

        if (_future.Count > 0)
        {
            ref readonly var top = ref _future.Peek();
            if (top.Time < untilHours)
            {
                EndWarmupIfDue(top.Time);
                Now = top.Time;
                target = top.Target;
                _delivering = top.Message;
                _future.RemoveTop();
                return ref _delivering;
            }
        }

        target = -1;
        return ref _delivering;
    }

    private void EndWarmupIfDue(double time)
    {
        if (_warmedUp || time < _warmupHours)
        {
            return;
        }

        _warmedUp = true;
        foreach (var statistic in _statistics)
        {
            statistic.Reset(_warmupHours);
        }
    }

    // Out of line: the message formatting would otherwise make every Send pay for zeroing its buffers.
    [DoesNotReturn]
    private void ThrowInvalidDelay(GrainAddress to, int kind, double delayHours) =>
        throw new ArgumentOutOfRangeException(nameof(delayHours), delayHours,
            $"{SenderName()} sent message kind {kind} to {Grains.IdOf(to)} with delay {delayHours} h; delays must be finite and ≥ 0");

    private string SenderName() => _current < 0 ? "the simulation's client" : $"grain {Grains.IdOf(new GrainAddress(_current))}";
}
