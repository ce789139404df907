using System.Text.Json;
using Corridors.Core.Model;
using Corridors.Core.Tests.Support;
using Corridors.Testing;
using Corridors.Core.World;
using Corridors.Kernel.Distributions;
using Corridors.Kernel.Events;
using Corridors.Kernel.Actors;

namespace Corridors.Core.Tests.World;

public sealed class DeterminismTests
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    [Fact]
    public void Run_SameSeed_GivesIdenticalResultsAndMessageTrace()
    {
        var scenario = RichNetwork.Build().Compile();
        var first = new TraceHash();
        var second = new TraceHash();

        var a = ReplicationRunner.Run(scenario, 3, first);
        var b = ReplicationRunner.Run(scenario, 3, second);

        Assert.Equal(Serialize(a), Serialize(b));
        Assert.Equal(first.Value, second.Value);
        Assert.Equal(a.Messages, first.Count);
    }

    [Fact]
    public void Run_DifferentReplication_GivesDifferentTrace()
    {
        var scenario = RichNetwork.Build().Compile();
        var first = new TraceHash();
        var second = new TraceHash();

        ReplicationRunner.Run(scenario, 0, first);
        ReplicationRunner.Run(scenario, 1, second);

        Assert.NotEqual(first.Value, second.Value);
    }

    [Fact]
    public void Run_ReplicationsInParallel_GiveTheSameBytesAsOneThread()
    {
        var scenario = RichNetwork.Build().Compile();
        var sequential = Enumerable.Range(0, 8).Select(r => Serialize(ReplicationRunner.Run(scenario, r))).ToArray();

        var parallel = new string[8];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, r => parallel[r] = Serialize(ReplicationRunner.Run(scenario, r)));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Run_ChangingOnePort_LeavesAnUnrelatedPortsDrawsUnchanged()
    {
        // Two independent corridors. Slowing the berths at "west" must not move a single number at "east":
        // every stream is keyed by its actor, not by creation order.
        static ScenarioModel Build(double westHours) => new TestModel { Horizon = 2000 }
            .Zone("w-src").Port("west", 1, new ExponentialDistribution(westHours)).City("w-dst")
            .Zone("e-src").Port("east", 2, new ExponentialDistribution(1.5)).City("e-dst")
            .Link("w-src", "west", TransportMode.Sea).Link("west", "w-dst")
            .Link("e-src", "east", TransportMode.Sea).Link("east", "e-dst")
            .Flow("w-src", "w-dst", 0.5).Flow("e-src", "e-dst", 1.0).Build();

        var baseline = ReplicationRunner.Run(TestModel.Compile(Build(1.0)), 0);
        var changed = ReplicationRunner.Run(TestModel.Compile(Build(1.8)), 0);

        Assert.NotEqual(Serialize(baseline.Node("west")), Serialize(changed.Node("west")));
        Assert.Equal(Serialize(baseline.Node("east")), Serialize(changed.Node("east")));
        Assert.Equal(Serialize(baseline.Flows[1]), Serialize(changed.Flows[1]));
    }

    [Fact]
    public void Run_AddingAPort_LeavesTheOtherPortsDrawsUnchanged()
    {
        var without = new TestModel { Horizon = 2000 }
            .Zone("src").Port("east", 2, new ExponentialDistribution(1.5)).City("dst")
            .Link("src", "east", TransportMode.Sea).Link("east", "dst").Flow("src", "dst", 1.0);
        var with = new TestModel { Horizon = 2000 }
            .Zone("new-src").Port("new", 1, new ExponentialDistribution(0.5)).City("new-dst")
            .Zone("src").Port("east", 2, new ExponentialDistribution(1.5)).City("dst")
            .Link("new-src", "new", TransportMode.Sea).Link("new", "new-dst")
            .Link("src", "east", TransportMode.Sea).Link("east", "dst").Flow("new-src", "new-dst", 0.3).Flow("src", "dst", 1.0);

        var a = ReplicationRunner.Run(without.Compile(), 0);
        var b = ReplicationRunner.Run(with.Compile(), 0);

        Assert.Equal(Serialize(a.Node("east")), Serialize(b.Node("east")));
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    /// <summary>An order-sensitive hash of every delivery (time bits, target, kind, item, arg, value bits).</summary>
    private sealed class TraceHash : IDeliveryObserver
    {
        public ulong Value { get; private set; } = 14695981039346656037UL;

        public long Count { get; private set; }

        public void Delivered(double timeHours, ActorAddress target, in Message message)
        {
            Count++;
            Mix((ulong)BitConverter.DoubleToInt64Bits(timeHours));
            Mix((ulong)target.Index);
            Mix((ulong)message.Kind);
            Mix((ulong)message.Item);
            Mix((ulong)message.Arg);
            Mix((ulong)BitConverter.DoubleToInt64Bits(message.Value));
        }

        private void Mix(ulong x) => Value = (Value ^ x) * 1099511628211UL;
    }
}
