using Corridors.Core.Actors;
using Corridors.Core.Model;
using Corridors.Core.Tests.Support;
using Corridors.Kernel;
using Corridors.Kernel.Actors;
using Corridors.Kernel.Distributions;
using Corridors.Kernel.Randomness;

namespace Corridors.Core.Tests.Actors;

/// <summary>
/// A storm process over a port and its ferry line: shared, one draw closes both at the same instants;
/// per target, each closes on its own, and a corridor through both is open only when both are.
/// </summary>
public sealed class SharedWeatherTests
{
    private const double Horizon = 50_000;

    [Fact]
    public void SharedStorms_OnPortAndItsFerryLine_CloseAndReopenAtExactlyTheSameTimes()
    {
        var (port, ferry) = Run(shared: true, replication: 0);

        Assert.True(port.Count > 100, $"only {port.Count} changes: nothing to compare");
        Assert.Equal(port, ferry);
    }

    [Fact]
    public void IndependentStorms_OnPortAndItsFerryLine_CloseAtDifferentTimes()
    {
        var (port, ferry) = Run(shared: false, replication: 0);

        Assert.NotEqual(port.Take(4), ferry.Take(4));
    }

    [Theory]
    [InlineData(true, 0.5)]     // one weather: the corridor is open whenever the sea is, 100 / (100 + 100)
    [InlineData(false, 0.25)]   // two weathers: open only when both are, (1/2)²
    public void OpenFraction_OfPortAndFerryLine_MatchesRenewalTheory(bool shared, double theory)
    {
        // Fair spells exp(100 h) and storms exp(100 h): each element alone is open half the time.
        var fractions = Enumerable.Range(0, 10).Select(r => OpenTogether(Run(shared, r))).ToList();

        ConfidenceAssert.Contains(theory, fractions, 0.99, shared ? "shared weather" : "independent weather");
    }

    private static double OpenTogether((List<(double At, bool Closed)> Port, List<(double At, bool Closed)> Ferry) log)
    {
        // Walk both step functions in time order; both start open.
        var changes = log.Port.Select(c => (c.At, Which: 0, c.Closed)).Concat(log.Ferry.Select(c => (c.At, Which: 1, c.Closed))).OrderBy(c => c.At).ToList();
        var closed = new bool[2];
        double open = 0, last = 0;
        foreach (var (at, which, isClosed) in changes)
        {
            open += closed[0] || closed[1] ? 0 : at - last;
            last = at;
            closed[which] = isClosed;
        }

        return (open + (closed[0] || closed[1] ? 0 : Horizon - last)) / Horizon;
    }

    private static (List<(double At, bool Closed)> Port, List<(double At, bool Closed)> Ferry) Run(bool shared, int replication)
    {
        Disruption[] storms =
        [
            new StormProcess
            {
                Id = "sea", Targets = ["kuryk", "kuryk-alat"], Shared = shared,
                IntervalHours = new ExponentialDistribution(100), DurationHours = new ExponentialDistribution(100),
            },
        ];
        var calendar = new ScenarioCalendar(new DateOnly(2024, 1, 1));
        var simulation = new Simulation(new RandomStreams(2026, replication));
        var port = new List<(double, bool)>();
        var ferry = new List<(double, bool)>();
        var a = simulation.Actors.Register(new ActorId("port", "kuryk"), act => new Facility(act, storms, calendar, port));
        var b = simulation.Actors.Register(new ActorId("link", "kuryk-alat"), act => new Facility(act, storms, calendar, ferry));
        simulation.Send(a, new Message(Facility.Start));
        simulation.Send(b, new Message(Facility.Start));
        simulation.Run(Horizon);
        return (port, ferry);
    }

    /// <summary>A facility that only has a capacity, and logs each time it closes or reopens.</summary>
    private sealed class Facility(ActorActivation activation, IReadOnlyList<Disruption> disruptions, ScenarioCalendar calendar, List<(double, bool)> log)
        : Actor(activation)
    {
        public const int Start = 1;

        private readonly CapacityControl _capacity = new(activation.Simulation, activation.Address, activation.Id, disruptions, calendar);

        protected override void Receive(in Message message)
        {
            if (message.Kind == Start)
            {
                _capacity.Schedule([0], Horizon);
            }
            else if (_capacity.Receive(message))
            {
                log.Add((Now, _capacity.IsClosed));
            }
        }
    }
}
