using Corridors.Kernel.Grains;
using Corridors.Kernel.Tests.Support;

namespace Corridors.Kernel.Tests.Grains;

public sealed class GrainDirectoryTests
{
    [Fact]
    public void Register_BeforeAnyMessage_DoesNotActivate()
    {
        var sim = TestSimulations.New();
        var a = sim.AddRecorder("a", []);

        Assert.False(sim.Grains.IsActive(a));
    }

    [Fact]
    public void Deliver_FirstMessage_ActivatesOnceThenReceives()
    {
        var log = new List<string>();
        var sim = TestSimulations.New();
        var a = sim.AddRecorder("a", log);
        sim.Send(a, new Message(1), 1);
        sim.Send(a, new Message(2), 2);

        sim.Run(3);

        var grain = Assert.IsType<RecordingGrain>(sim.Grains.Get(a));
        Assert.Equal(1, grain.Activations);
        Assert.Equal(2, log.Count);
    }

    [Fact]
    public void Resolve_UnknownKey_ThrowsNamingItAndKnownKeys()
    {
        var sim = TestSimulations.New();
        sim.Grains.Register(new GrainId("port", "aktau"), a => new RecordingGrain(a, []));
        sim.Grains.Register(new GrainId("port", "baku"), a => new RecordingGrain(a, []));

        var ex = Assert.Throws<UnknownGrainException>(() => sim.Grains.Resolve(new GrainId("port", "aktua")));

        Assert.Equal("unknown grain port/aktua; known port keys: aktau, baku", ex.Message);
    }

    [Fact]
    public void Send_ToUnregisteredAddress_Throws()
    {
        var sim = TestSimulations.New();
        var ex = Assert.Throws<UnknownGrainException>(() => sim.Send(new GrainAddress(3), new Message(0), 1));
        Assert.Equal("no grain is registered at address 3 (there are 0)", ex.Message);
    }

    [Fact]
    public void Register_SameIdTwice_Throws()
    {
        var sim = TestSimulations.New();
        sim.AddRecorder("a", []);
        var ex = Assert.Throws<ArgumentException>(() => sim.AddRecorder("a", []));
        Assert.StartsWith("grain test/a is registered twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Receive_UnhandledKind_FailsNamingGrainKindAndTime()
    {
        var sim = TestSimulations.New();
        var a = sim.Grains.Register(new GrainId("port", "olya"), act => new RejectingGrain(act));
        sim.Send(a, new Message(42), 1.5);

        var ex = Assert.Throws<GrainFailureException>(() => sim.Run(2));

        Assert.Equal("grain port/olya failed on message kind 42 at t = 1.5 h: grain port/olya does not handle message kind 42", ex.Message);
        Assert.IsType<UnhandledMessageException>(ex.InnerException);
    }

    [Theory]
    [InlineData("port/aktau", "port", "aktau")]
    [InlineData("link/aktau-baku/ferry", "link", "aktau-baku/ferry")]
    public void Parse_TypeSlashKey_SplitsAtFirstSlash(string text, string type, string key)
    {
        var id = GrainId.Parse(text);
        Assert.Equal(new GrainId(type, key), id);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("aktau")]
    [InlineData("/aktau")]
    [InlineData("port/")]
    public void Parse_WithoutTypeOrKey_Throws(string text)
    {
        var ex = Assert.Throws<FormatException>(() => GrainId.Parse(text));
        Assert.Equal($"grain id '{text}' is not of the form type/key (for example port/aktau)", ex.Message);
    }

    private sealed class RejectingGrain(GrainActivation activation) : Grain(activation)
    {
        protected override void Receive(in Message message) => throw Unhandled(message);
    }
}
