using Corridors.Kernel.Actors;
using Corridors.Kernel.Randomness;

namespace Corridors.Kernel.Tests.Support;

internal static class TestSimulations
{
    public static Simulation New(ulong seed = 1) => new(new RandomStreams(seed, 0));

    public static ActorAddress AddRecorder(this Simulation sim, string key, List<string> log, Action<RecordingActor, Message>? react = null) =>
        sim.Actors.Register(new ActorId("test", key), a => new RecordingActor(a, log, react));
}
