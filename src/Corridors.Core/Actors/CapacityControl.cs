using Corridors.Core.Model;
using Corridors.Kernel;
using Corridors.Kernel.Actors;
using Corridors.Kernel.Statistics;

namespace Corridors.Core.Actors;

/// <summary>
/// The capacity of one facility over time: closures, seasonal windows, storm episodes and permanent
/// changes, combined by multiplying their factors. A component of a node or link actor: it schedules
/// its own timers on the actor's address and tells the actor when the factor changes.
/// </summary>
internal sealed class CapacityControl
{
    private readonly Simulation _simulation;
    private readonly ActorAddress _self;
    private readonly ActorId _id;
    private readonly IReadOnlyList<Disruption> _disruptions;
    private readonly ScenarioCalendar _calendar;
    private readonly List<(int Disruption, double Factor)> _active = [];
    private readonly Dictionary<int, Random> _stormStreams = [];
    private double _permanent = 1;

    public CapacityControl(Simulation simulation, ActorAddress self, ActorId id, IReadOnlyList<Disruption> disruptions, ScenarioCalendar calendar)
    {
        _simulation = simulation;
        _self = self;
        _id = id;
        _disruptions = disruptions;
        _calendar = calendar;
        Closed = simulation.Track(new TimeWeighted());
    }

    /// <summary>Gets the current capacity factor: 1 is full capacity, 0 is closed.</summary>
    public double Factor { get; private set; } = 1;

    /// <summary>Gets whether the facility is closed.</summary>
    public bool IsClosed => Factor == 0;

    /// <summary>Gets the closed indicator over time; its area is the hours closed.</summary>
    public TimeWeighted Closed { get; }

    /// <summary>Gets or sets where this facility publishes storms in progress for dynamic route choice (null: nowhere), and its facility number there.</summary>
    public (World.Choice.NetworkStateBoard Board, int Facility)? Publish { get; set; }

    /// <summary>Schedules the timers of the disruptions that target this facility; call once at start.</summary>
    /// <param name="targeting">Indices into the model's disruption list of those that name this facility.</param>
    /// <param name="horizonHours">End of the run.</param>
    public void Schedule(IReadOnlyList<int> targeting, double horizonHours)
    {
        foreach (var d in targeting)
        {
            switch (_disruptions[d])
            {
                case Closure c:
                    Window(d, c.FromHours, Math.Min(c.ToHours, horizonHours), c.CapacityFactor);
                    break;
                case SeasonalClosure s:
                    foreach (var (from, to) in _calendar.Windows(s.From, s.To, horizonHours))
                    {
                        Window(d, from, to, s.CapacityFactor);
                    }

                    break;
                case StormProcess p:
                    // A shared process draws from a stream of the weather, not of the facility: every target
                    // starts it at time 0 and so closes and reopens at the same instants.
                    _stormStreams[d] = p.Shared
                        ? _simulation.Streams.For(new ActorId("weather", p.Id), "storms")
                        : _simulation.Streams.For(_id, "storm/" + p.Id);
                    ScheduleNextStorm(d, p);
                    break;
                case CapacityChange change:
                    Send(new Message(CapacityMessages.PermanentChange, Arg: d, Value: change.Factor), change.AtHours - _simulation.Now);
                    break;
            }
        }
    }

    /// <summary>Handles a capacity message; returns true when the factor changed.</summary>
    public bool Receive(in Message message)
    {
        var before = Factor;
        switch (message.Kind)
        {
            case CapacityMessages.ReductionStarts:
                _active.Add((message.Arg, message.Value));
                if (Publish is { } started && _disruptions[message.Arg] is StormProcess stormStarted)
                {
                    started.Board.StormStarted(started.Facility, _simulation.Now + stormStarted.DurationHours.Mean);
                }

                break;
            case CapacityMessages.ReductionEnds:
                var ended = message.Arg;
                _active.RemoveAt(_active.FindIndex(a => a.Disruption == ended));
                if (_disruptions[message.Arg] is StormProcess storm)
                {
                    Publish?.Board.StormEnded(Publish.Value.Facility);
                    ScheduleNextStorm(message.Arg, storm);
                }

                break;
            case CapacityMessages.PermanentChange:
                _permanent *= message.Value;
                break;
            case CapacityMessages.StormStarts:
                StartStormIfInSeason(message.Arg, (StormProcess)_disruptions[message.Arg]);
                break;
        }

        Factor = _permanent;
        foreach (var (_, factor) in _active)
        {
            Factor *= factor;
        }

        Closed.Set(_simulation.Now, Factor == 0 ? 1 : 0);
        return Factor != before;
    }

    private void Window(int disruption, double from, double to, double factor)
    {
        if (to <= from)
        {
            return;
        }

        Send(new Message(CapacityMessages.ReductionStarts, Arg: disruption, Value: factor), from - _simulation.Now);
        Send(new Message(CapacityMessages.ReductionEnds, Arg: disruption), to - _simulation.Now);
    }

    private void ScheduleNextStorm(int disruption, StormProcess storm) =>
        Send(new Message(CapacityMessages.StormStarts, Arg: disruption), storm.IntervalHours.Sample(_stormStreams[disruption]));

    private void StartStormIfInSeason(int disruption, StormProcess storm)
    {
        var now = _simulation.Now;
        if (storm.Months is { } months && !months.Contains(_calendar.MonthAt(now)))
        {
            // Out of season: the next fair spell is counted from the start of the next month.
            Send(new Message(CapacityMessages.StormStarts, Arg: disruption),
                _calendar.EndOfMonthAt(now) - now + storm.IntervalHours.Sample(_stormStreams[disruption]));
            return;
        }

        Send(new Message(CapacityMessages.ReductionStarts, Arg: disruption, Value: storm.CapacityFactor), 0);
        Send(new Message(CapacityMessages.ReductionEnds, Arg: disruption), storm.DurationHours.Sample(_stormStreams[disruption]));
    }

    private void Send(in Message message, double delay) => _simulation.Send(_self, message, Math.Max(0, delay));
}
