using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Corridors.Kernel.Events;
using Corridors.Kernel.Actors;
using Corridors.Kernel.Randomness;
using Corridors.Kernel.Statistics;

namespace Corridors.Kernel;

/// <summary>
/// The discrete-event kernel of one replication: a simulated clock in hours, the future-event list
/// and the actors whose messages it delivers. Single-threaded and synchronous; parallelism lives
/// across replications, each with its own <see cref="Simulation"/>.
/// </summary>
/// <remarks>
/// Messages are delivered in a total order: by delivery time, then by send order. Nothing depends
/// on hash order, thread timing or the wall clock, so a run is a pure function of its model and seed.
/// </remarks>
public sealed class Simulation
{
    // Deliveries per call of the delivery loop from Run (see Run).
    private const long DeliveriesPerSlice = 4096;

    // The send order shares a word with the message's slot (EventKey.Order): 2^40 timed sends per replication.
    private const ulong MaxSequence = (1UL << (64 - EventKey.SlotBits)) - 1;

    // The window position (0: next) whose actor is hinted; the actor's own stages follow from two after it (PrefetchAhead).
    private const int ActorHintAt = 5;

    // From how many actors the kernel hints ahead (PrefetchAhead). Below, actors and what they read mostly
    // stay in the core's cache (2 MiB of L2 on the development machine; an actor takes a few hundred bytes),
    // the hints find it there and only cost: on the Caspian baseline (about 200 actors) 10–20 % of its
    // events per second. Behaviour is the same either way; only speed depends on it.
    private const int HintFromActors = 8192;

    private readonly EventQueue _future = new();
    private readonly ImmediateQueue _immediate = new();
    private readonly List<IWarmupResettable> _statistics = [];
    private ulong _sequence;
    private int _current = -1;
    private Message _delivering;
    private bool _warmedUp;
    private bool _hinting;
    private double _warmupHours;

    /// <summary>Initializes an empty simulation at time 0 whose random streams come from <paramref name="streams"/>.</summary>
    public Simulation(RandomStreams streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        Streams = streams;
        Actors = new ActorDirectory(this);
    }

    /// <summary>Gets the current simulated time in hours (≥ 0).</summary>
    public double Now { get; private set; }

    /// <summary>Gets the actors of this simulation.</summary>
    public ActorDirectory Actors { get; }

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
        _immediate.Count > 0 ? Now : _future.Count > 0 ? _future.PeekTime : double.PositiveInfinity;

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

    // Inlined into each sender (with the queue it feeds), so the message is built straight into its
    // heap or ring slot instead of on the sender's stack and copied: about 2 % of an M/M/1 customer.
    /// <summary>Schedules <paramref name="message"/> for <paramref name="to"/> after <paramref name="delayHours"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The delay is negative, infinite or NaN; the message names the sending actor.</exception>
    /// <exception cref="UnknownActorException">No actor is registered at <paramref name="to"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Send(ActorAddress to, in Message message, double delayHours = 0)
    {
        var target = to.Index;
        if ((uint)target >= (uint)Actors.Count)
        {
            Actors.CheckAddress(to);
        }

        var now = Now;
        var time = now + delayHours;
        if (time > now)
        {
            if (double.IsPositiveInfinity(time))
            {
                ThrowInvalidDelay(to, message.Kind, delayHours);
            }

            if (_sequence > MaxSequence)
            {
                ThrowTooManySends(to, message.Kind);
            }

            _future.Push(time, _sequence++, target, message);
            return;
        }

        // Zero, or a delay too small to move the clock: due now, after what is already due.
        if (!(delayHours >= 0))
        {
            ThrowInvalidDelay(to, message.Kind, delayHours);
        }

        _immediate.Enqueue(target, message);
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

        _hinting = Actors.Count >= HintFromActors;

        // In slices, so the delivery loop is a method called many times: the JIT then compiles it
        // fully optimized with profile data, not as the weaker on-stack replacement of one endless call.
        while (DeliverUntil(untilHours, DeliveriesPerSlice) == DeliveriesPerSlice)
        {
        }

        EndWarmupIfDue(untilHours);
        Now = untilHours;
    }

    // One try block around a slice of deliveries (not one per message); an actor's exception is
    // wrapped with the actor, message and time it failed on.
    private long DeliverUntil(double untilHours, long most)
    {
        try
        {
            var delivered = DeliverSlice(untilHours, most);
            MessagesDelivered += delivered;
            return delivered;
        }
        catch (Exception ex) when (ex is not ActorFailureException && _current >= 0)
        {
            throw new ActorFailureException(Actors.IdOf(new ActorAddress(_current)), _delivering, Now, ex);
        }
        finally
        {
            _current = -1;
        }
    }

    // The hot loop, kept free of exception handling so its locals stay in registers.
    // Heap entries due now go before zero-delay ones: they were sent earlier.
    private long DeliverSlice(double untilHours, long most)
    {
        var delivered = 0L;
        while (delivered < most)
        {
            int target;
            if (_immediate.Count > 0 && Now < untilHours && (_future.Count == 0 || _future.PeekTime > Now))
            {
                target = _immediate.Dequeue(out _delivering);
            }
            else if (_future.Count > 0 && _future.PeekTime < untilHours)
            {
                target = DequeueFuture();
            }
            else
            {
                break;
            }

            _current = target;
            Actors.ForDelivery(target).Receive(_delivering);
            delivered++;
            Observer?.Delivered(Now, new ActorAddress(target), _delivering);
        }

        return delivered;
    }

    // Removes the earliest timed message into _delivering, moving the clock to it; returns its target.
    private int DequeueFuture()
    {
        var time = _future.PeekTime;
        if (!_warmedUp)
        {
            EndWarmupIfDue(time);
        }

        Now = time;
        var target = _future.Dequeue(out _delivering);
        if (_hinting)
        {
            PrefetchAhead();
        }

        return target;
    }

    // Issue 16: on a large network every delivery would otherwise wait for memory several times (the
    // message, the actor's directory entry, the actor, what the actor reads). The event list's window says
    // which timed messages come next, so a pipeline of hints runs ahead of the deliveries, one entry per
    // stage per delivery, each stage reading only what the stage before had hinted: the message eight
    // deliveries ahead, its target's directory entry seven ahead, the actor six ahead, then the actor's own
    // four stages (Actor.Prefetch), four to one ahead. Hints change nothing.
    private void PrefetchAhead()
    {
        var slot = _future.SlotAhead(EventQueue.Window - 1);
        if (slot >= 0)
        {
            CacheHint.Prefetch(in _future.At(slot));
        }

        slot = _future.SlotAhead(EventQueue.Window - 2);
        if (slot >= 0)
        {
            Actors.PrefetchEntry(_future.At(slot).Target);
        }

        slot = _future.SlotAhead(ActorHintAt);
        if (slot >= 0)
        {
            Actors.Prefetch(_future.At(slot).Target);
        }

        for (var stage = 0; stage < Actor.PrefetchStages; stage++)
        {
            slot = _future.SlotAhead(ActorHintAt - 2 - stage);
            if (slot >= 0)
            {
                ref readonly var next = ref _future.At(slot);
                Actors.PrefetchFor(next.Target, next.Message, stage);
            }
        }
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
    private void ThrowInvalidDelay(ActorAddress to, int kind, double delayHours) =>
        throw new ArgumentOutOfRangeException(nameof(delayHours), delayHours,
            $"{SenderName()} sent message kind {kind} to {Actors.IdOf(to)} with delay {delayHours} h; delays must be finite and ≥ 0");

    [DoesNotReturn]
    private void ThrowTooManySends(ActorAddress to, int kind) =>
        throw new InvalidOperationException($"{SenderName()} sent message kind {kind} to {Actors.IdOf(to)} after {MaxSequence + 1} timed messages, the most one replication can order");

    private string SenderName() => _current < 0 ? "the simulation's client" : $"actor {Actors.IdOf(new ActorAddress(_current))}";
}
