using Corridors.Core.Tests.Support;
using Corridors.Testing;
using Corridors.Core.World;

namespace Corridors.Core.Tests.World;

public sealed class ConservationTests
{
    [Theory]
    [InlineData(100.0)]
    [InlineData(1234.5)]
    [InlineData(4000.0)]
    public void Run_RichNetworkAtAnyHorizon_AccountsForEveryShipment(double horizon)
    {
        var result = ReplicationRunner.Run(RichNetwork.Build(horizon, warmup: 0).Compile(), 0);

        var c = result.Conservation;
        Assert.True(c.Holds, c.ToString());
        Assert.True(c.Generated > 0);
        Assert.Equal(c.Generated, c.Delivered + c.AtNodes + c.OnLinks);
    }

    [Fact]
    public void Run_RichNetwork_ExercisesEveryStage()
    {
        var result = ReplicationRunner.Run(RichNetwork.Build().Compile(), 0);

        Assert.All(result.Nodes, n => Assert.True(n.Arrivals > 0, $"{n.Id} saw no shipment"));
        Assert.True(result.Node("olya").BlockedShipments > 0, "the small yard at Olya should block arrivals");
        Assert.Equal(60, result.Node("dostyk").HoursClosed, 9);
        Assert.True(result.Node("aktau").HoursClosed > 0, "storms should close Aktau");
        Assert.True(result.Link("dostyk-urumqi").MeanLoadFactor is > 0 and < 1);
        // Sailings every 8 h; the closure [1000, 1100) cancels those at 1000, 1008, …, 1096.
        Assert.Equal(13, result.Link("aktau-baku").CancelledDepartures);
        Assert.Equal(100, result.Link("aktau-baku").HoursClosed, 9);
    }
}
