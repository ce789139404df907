using Corridors.Kernel.Actors;
using Corridors.Kernel.Tests.Support;

namespace Corridors.Kernel.Tests.Actors;

public sealed class ActorDirectoryTests
{
    [Fact]
    public void Register_BeforeAnyMessage_DoesNotActivate()
    {
        var sim = TestSimulations.New();
        var a = sim.AddRecorder("a", []);

        Assert.False(sim.Actors.IsActive(a));
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

        var actor = Assert.IsType<RecordingActor>(sim.Actors.Get(a));
        Assert.Equal(1, actor.Activations);
        Assert.Equal(2, log.Count);
    }

    [Fact]
    public void Resolve_UnknownKey_ThrowsNamingItAndKnownKeys()
    {
        var sim = TestSimulations.New();
        sim.Actors.Register(new ActorId("port", "aktau"), a => new RecordingActor(a, []));
        sim.Actors.Register(new ActorId("port", "baku"), a => new RecordingActor(a, []));

        var ex = Assert.Throws<UnknownActorException>(() => sim.Actors.Resolve(new ActorId("port", "aktua")));

        Assert.Equal("unknown actor port/aktua; known port keys: aktau, baku", ex.Message);
    }

    [Fact]
    public void Send_ToUnregisteredAddress_Throws()
    {
        var sim = TestSimulations.New();
        var ex = Assert.Throws<UnknownActorException>(() => sim.Send(new ActorAddress(3), new Message(0), 1));
        Assert.Equal("no actor is registered at address 3 (there are 0)", ex.Message);
    }

    [Fact]
    public void Register_SameIdTwice_Throws()
    {
        var sim = TestSimulations.New();
        sim.AddRecorder("a", []);
        var ex = Assert.Throws<ArgumentException>(() => sim.AddRecorder("a", []));
        Assert.StartsWith("actor test/a is registered twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Receive_UnhandledKind_FailsNamingActorKindAndTime()
    {
        var sim = TestSimulations.New();
        var a = sim.Actors.Register(new ActorId("port", "olya"), act => new RejectingActor(act));
        sim.Send(a, new Message(42), 1.5);

        var ex = Assert.Throws<ActorFailureException>(() => sim.Run(2));

        Assert.Equal("actor port/olya failed on message kind 42 at t = 1.5 h: actor port/olya does not handle message kind 42", ex.Message);
        Assert.IsType<UnhandledMessageException>(ex.InnerException);
    }

    [Theory]
    [InlineData("port/aktau", "port", "aktau")]
    [InlineData("link/aktau-baku/ferry", "link", "aktau-baku/ferry")]
    public void Parse_TypeSlashKey_SplitsAtFirstSlash(string text, string type, string key)
    {
        var id = ActorId.Parse(text);
        Assert.Equal(new ActorId(type, key), id);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("aktau")]
    [InlineData("/aktau")]
    [InlineData("port/")]
    public void Parse_WithoutTypeOrKey_Throws(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ActorId.Parse(text));
        Assert.Equal($"actor id '{text}' is not of the form type/key (for example port/aktau)", ex.Message);
    }

    private sealed class RejectingActor(ActorActivation activation) : Actor(activation)
    {
        protected override void Receive(in Message message) => throw Unhandled(message);
    }
}
