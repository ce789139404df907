using Corridors.Kernel.Actors;
using Corridors.Kernel.Tests.Support;

namespace Corridors.Kernel.Tests;

/// <summary>
/// The kernel's hints ahead of deliveries (issue 16): on a simulation with many actors, each actor hears of
/// its coming timed messages in stages before they arrive, and nothing it sees or does depends on them.
/// </summary>
public sealed class PrefetchHintTests
{
    // Enough registered actors for the kernel to hint (it does from 8,192 on); only three ever get messages.
    private const int ManyActors = 9_000;

    [Fact]
    public void Run_WithManyActors_HintsEveryTimedMessageInEachStageInOrderBeforeItArrives()
    {
        // Each delivery sends one message a fixed 10 h ahead, so every new key goes last and passes every
        // place of the event list's window: each message is hinted once per stage, stage 0 first.
        var hints = new List<(int Kind, int Stage)>();
        var delivered = new List<int>();
        var sim = TestSimulations.New();
        var actors = Enumerable.Range(0, 3).Select(i => sim.Actors.Register(new ActorId("hinted", $"{i}"), a => new HintedActor(a, hints, delivered, 3_000))).ToList();
        for (var i = 3; i < ManyActors; i++)
        {
            sim.AddRecorder($"idle-{i}", []);
        }

        for (var i = 0; i < 20; i++)
        {
            sim.Send(actors[i % 3], new Message(i), i * 0.5);
        }

        sim.Run(100_000);

        Assert.Equal(3_000, delivered.Count);
        // The first messages reach actors not yet activated when they pass the window (no hint then);
        // from the 100th on, every message had its four stages, in order, and nothing else.
        foreach (var kind in delivered.Skip(100))
        {
            Assert.Equal([0, 1, 2, 3], hints.Where(h => h.Kind == kind).Select(h => h.Stage));
        }
    }

    [Fact]
    public void Run_WithManyActorsAndMessagesOvertakingOthers_DeliversExactlyAsWithFew()
    {
        // Random delays make new messages overtake hinted ones (stages skipped or repeated): the deliveries
        // must still be the same, in the same order at the same times, as on a simulation that never hints.
        Assert.Equal(Deliveries(registered: 3), Deliveries(registered: ManyActors));
    }

    private static List<string> Deliveries(int registered)
    {
        var log = new List<string>();
        var random = new Corridors.Kernel.Randomness.Xoshiro256StarStar(5);
        var sent = 20;
        var sim = TestSimulations.New();
        var actors = new List<ActorAddress>();
        for (var i = 0; i < 3; i++)
        {
            actors.Add(sim.AddRecorder($"a{i}", log, (self, m) =>
            {
                for (var k = 0; k < 2 && sent < 4_000; k++)
                {
                    self.Tell(actors[random.Next(0, 3)], new Message(sent++), random.Next(0, 30) * 0.5);
                }
            }));
        }

        for (var i = 3; i < registered; i++)
        {
            sim.AddRecorder($"idle-{i}", []);
        }

        for (var i = 0; i < 20; i++)
        {
            sim.Send(actors[i % 3], new Message(i), i * 7.0);
        }

        sim.Run(100_000);
        Assert.Equal(4_000, log.Count);
        return log;
    }

    private sealed class HintedActor(ActorActivation activation, List<(int Kind, int Stage)> hints, List<int> delivered, int most) : Actor(activation)
    {
        protected override void Prefetch(in Message message, int stage) => hints.Add((message.Kind, stage));

        protected override void Receive(in Message message)
        {
            delivered.Add(message.Kind);
            var next = delivered.Count + 19;
            if (next < most)
            {
                Send(Address, new Message(next), 10);
            }
        }
    }
}
