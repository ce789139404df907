using Corridors.Kernel.Actors;
using Corridors.Kernel.Statistics;
using Corridors.Kernel.Tests.Support;

namespace Corridors.Kernel.Tests;

public sealed class SimulationTests
{
    [Fact]
    public void Run_WithMessagesAtDifferentTimes_DeliversInTimeOrder()
    {
        var log = new List<string>();
        var sim = TestSimulations.New();
        var a = sim.AddRecorder("a", log);

        sim.Send(a, new Message(3), 5.0);
        sim.Send(a, new Message(1), 1.5);
        sim.Send(a, new Message(2), 2.25);
        sim.Run(10);

        Assert.Equal(["1.5 a k1", "2.25 a k2", "5 a k3"], log);
        Assert.Equal(10, sim.Now);
    }

    [Fact]
    public void Run_WithEqualTimes_DeliversInSendOrder()
    {
        var log = new List<string>();
        var sim = TestSimulations.New();
        var a = sim.AddRecorder("a", log);
        var b = sim.AddRecorder("b", log);

        sim.Send(b, new Message(1), 2);
        sim.Send(a, new Message(2), 2);
        sim.Send(b, new Message(3), 2);
        sim.Run(3);

        Assert.Equal(["2 b k1", "2 a k2", "2 b k3"], log);
    }

    [Fact]
    public void Run_WithEqualTimesToManyActors_DeliversInSendOrderNotAddressOrder()
    {
        var log = new List<string>();
        var sim = TestSimulations.New();
        var actors = Enumerable.Range(0, 300).Select(i => sim.AddRecorder($"g{i}", log)).ToArray();

        for (var i = actors.Length - 1; i >= 0; i--)
        {
            sim.Send(actors[i], new Message(i), 4);
        }

        sim.Run(5);

        Assert.Equal(Enumerable.Range(0, 300).Reverse().Select(i => $"4 g{i} k{i}"), log);
    }

    [Fact]
    public void Run_WithThousandsPendingAndManyTies_DeliversInTimeThenSendOrder()
    {
        // Every delivery schedules up to two more on a coarse grid of delays, so thousands are pending at
        // once, times tie often and the event list reuses its slots; each message's kind is its send index.
        var log = new List<string>();
        var delivered = new List<(double Time, int Sent)>();
        var random = new Corridors.Kernel.Randomness.Xoshiro256StarStar(7);
        var sent = 0;
        var sim = TestSimulations.New();
        var a = sim.AddRecorder("a", log, (self, m) =>
        {
            delivered.Add((sim.Now, m.Kind));
            for (var i = 0; i < 2 && sent < 20_000; i++)
            {
                self.Tell(self.Address, new Message(sent++), random.Next(1, 9) * 0.25);
            }
        });

        for (var i = 0; i < 3_000; i++)
        {
            sim.Send(a, new Message(sent++), random.Next(0, 40) * 0.25);
        }

        sim.Run(1_000);

        Assert.Equal(20_000, delivered.Count);
        Assert.Equal(delivered.OrderBy(d => d.Time).ThenBy(d => d.Sent), delivered);
    }

    [Fact]
    public void Run_WithNewMessagesDueBeforeTheEarliestPending_DeliversInTimeThenSendOrder()
    {
        // Few pending, far apart, and new messages mostly due before several of them: the event list's
        // window of the next eight keeps taking new keys in order and handing its last to the heap.
        var delivered = new List<(double Time, int Sent)>();
        var random = new Corridors.Kernel.Randomness.Xoshiro256StarStar(11);
        var sent = 0;
        var sim = TestSimulations.New();
        var a = sim.AddRecorder("a", [], (self, m) =>
        {
            delivered.Add((sim.Now, m.Kind));
            for (var i = 0; i < 2 && sent < 5_000; i++)
            {
                self.Tell(self.Address, new Message(sent++), random.Next(1, 60) * 0.5);
            }
        });

        for (var i = 0; i < 12; i++)
        {
            sim.Send(a, new Message(sent++), i * 40.0);
        }

        sim.Run(100_000);

        Assert.Equal(5_000, delivered.Count);
        Assert.Equal(delivered.OrderBy(d => d.Time).ThenBy(d => d.Sent), delivered);
    }

    [Fact]
    public void Receive_WhenTheZeroDelayQueueWasFull_StillReadsItsOwnMessageAfterSending()
    {
        // 64 zero-delay messages fill the queue's first ring exactly. While each is handled, the actor
        // sends another before reading its own: the new one must not land on the one being read.
        var items = new List<int>();
        var sim = TestSimulations.New();
        var sink = sim.AddRecorder("sink", []);
        var relay = sim.Actors.Register(new ActorId("test", "relay"), a => new SendThenReadActor(a, sink, items));
        for (var i = 0; i < 64; i++)
        {
            sim.Send(relay, new Message(1, Item: i));
        }

        sim.Run(1);

        Assert.Equal(Enumerable.Range(0, 64), items);
    }

    [Fact]
    public void Send_WithZeroDelayWhileOthersAreDueNow_IsDeliveredAfterThem()
    {
        // At t = 1, 'a' receives k1 and sends k9 to 'b' with no delay. k2 (to 'c') was sent earlier
        // for t = 1, so (time, send order) puts it before k9.
        var log = new List<string>();
        var sim = TestSimulations.New();
        var b = sim.AddRecorder("b", log);
        var a = sim.AddRecorder("a", log, (g, m) =>
        {
            if (m.Kind == 1)
            {
                g.Tell(b, new Message(9), 0);
            }
        });
        var c = sim.AddRecorder("c", log);

        sim.Send(a, new Message(1), 1);
        sim.Send(c, new Message(2), 1);
        sim.Run(2);

        Assert.Equal(["1 a k1", "1 c k2", "1 b k9"], log);
    }

    [Fact]
    public void Run_WithMessageDueExactlyAtHorizon_LeavesItUndelivered()
    {
        var log = new List<string>();
        var sim = TestSimulations.New();
        var a = sim.AddRecorder("a", log);
        sim.Send(a, new Message(1), 4);

        sim.Run(4);
        Assert.Empty(log);
        Assert.Equal(4, sim.PeekTime());

        sim.Run(5);
        Assert.Equal(["4 a k1"], log);
    }

    [Fact]
    public void Step_WhenNothingScheduled_ReturnsFalseAndKeepsClock()
    {
        var sim = TestSimulations.New();
        Assert.False(sim.Step());
        Assert.Equal(0, sim.Now);
        Assert.Equal(double.PositiveInfinity, sim.PeekTime());
    }

    [Fact]
    public void Send_WithChainOfTimers_AdvancesClockByEachDelay()
    {
        // An actor that re-arms itself every 0.5 h: deliveries at 0.5, 1.0, ..., 2.5 before the 2.75 h horizon.
        var log = new List<string>();
        var sim = TestSimulations.New();
        ActorAddress self = default;
        self = sim.AddRecorder("t", log, (g, _) => g.Tell(self, new Message(0), 0.5));
        sim.Send(self, new Message(0), 0.5);

        sim.Run(2.75);

        Assert.Equal(5, log.Count);
        Assert.Equal("2.5 t k0", log[^1]);
        Assert.Equal(5, sim.MessagesDelivered);
    }

    [Fact]
    public void Track_WithWarmup_DiscardsWhatWasCollectedBefore()
    {
        var sim = TestSimulations.New();
        sim.WarmupHours = 10;
        var level = sim.Track(new TimeWeighted());
        var log = new List<string>();
        var g = sim.AddRecorder("g", log, (_, m) => level.Set(sim.Now, m.Value));
        sim.Send(g, new Message(0, Value: 4), 2);  // level 4 from t = 2
        sim.Send(g, new Message(0, Value: 1), 15); // level 1 from t = 15

        sim.Run(20);

        // After warm-up (t = 10..20): level 4 for 5 h, then 1 for 5 h → mean 2.5 (not 3.0 over 2..20).
        Assert.Equal(2.5, level.Mean(sim.Now), 12);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void Send_WithInvalidDelay_ThrowsNamingTheSender(double delay)
    {
        var log = new List<string>();
        var sim = TestSimulations.New();
        var target = sim.AddRecorder("target", log);
        var sender = sim.AddRecorder("sender", log, (g, _) => g.Tell(target, new Message(7), delay));
        sim.Send(sender, new Message(1), 1);

        var ex = Assert.Throws<ActorFailureException>(() => sim.Run(2));

        Assert.Contains("actor test/sender sent message kind 7 to test/target with delay", ex.Message, StringComparison.Ordinal);
        Assert.Contains("delays must be finite and ≥ 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithHorizonBeforeNow_Throws()
    {
        var sim = TestSimulations.New();
        sim.Run(5);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => sim.Run(4));
        Assert.Contains("the horizon must be a finite time ≥ now (5 h)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WarmupHours_WhenNegative_Throws()
    {
        var sim = TestSimulations.New();
        Assert.Throws<ArgumentOutOfRangeException>(() => sim.WarmupHours = -1);
    }
}
