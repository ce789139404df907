using Corridors.Kernel.Actors;
using Corridors.Kernel.Randomness;

namespace Corridors.Kernel.Tests.Randomness;

public sealed class RandomStreamsTests
{
    private static readonly ActorId Aktau = new("port", "aktau");
    private static readonly ActorId Baku = new("port", "baku");

    [Fact]
    public void For_SameSeedReplicationActorAndPurpose_GivesSameSequence()
    {
        var first = new RandomStreams(2026, 3).For(Aktau, "handling");
        var second = new RandomStreams(2026, 3).For(Aktau, "handling");

        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(first.NextUInt64(), second.NextUInt64());
        }
    }

    [Theory]
    [InlineData(2027UL, 3, "port", "aktau", "handling")]
    [InlineData(2026UL, 4, "port", "aktau", "handling")]
    [InlineData(2026UL, 3, "port", "baku", "handling")]
    [InlineData(2026UL, 3, "hub", "aktau", "handling")]
    [InlineData(2026UL, 3, "port", "aktau", "storms")]
    public void For_AnyKeyPartChanged_GivesDifferentSequence(ulong seed, int replication, string type, string key, string purpose)
    {
        var reference = new RandomStreams(2026, 3).For(Aktau, "handling").NextUInt64();
        var other = new RandomStreams(seed, replication).For(new ActorId(type, key), purpose).NextUInt64();

        Assert.NotEqual(reference, other);
    }

    [Fact]
    public void For_IndependentOfWhichStreamsWereCreatedBefore()
    {
        var streams = new RandomStreams(1, 0);
        var alone = new RandomStreams(1, 0).For(Baku, "handling").NextUInt64();
        _ = streams.For(Aktau, "handling").NextUInt64();
        _ = streams.For(Aktau, "storms").NextUInt64();

        Assert.Equal(alone, streams.For(Baku, "handling").NextUInt64());
    }

    [Fact]
    public void StableHash_IsPinned()
    {
        // Pinned so a change to the hash (which would silently change every published result) fails loudly.
        Assert.Equal(StableHash.Of(1, 0, "port", "aktau", "handling"), StableHash.Of(1, 0, "port", "aktau", "handling"));
        Assert.NotEqual(StableHash.Of(1, 0, "ab", "c"), StableHash.Of(1, 0, "a", "bc"));
        Assert.Equal(12271499620099498971UL, StableHash.Of(1, 0, "port", "aktau", "handling"));
    }
}
