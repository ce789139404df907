using Corridors.Kernel.Grains;
using Corridors.Kernel.Randomness;

namespace Corridors.Kernel.Tests.Support;

internal static class TestSimulations
{
    public static Simulation New(ulong seed = 1) => new(new RandomStreams(seed, 0));

    public static GrainAddress AddRecorder(this Simulation sim, string key, List<string> log, Action<RecordingGrain, Message>? react = null) =>
        sim.Grains.Register(new GrainId("test", key), a => new RecordingGrain(a, log, react));
}
