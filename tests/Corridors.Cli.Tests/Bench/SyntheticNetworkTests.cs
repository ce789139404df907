using Corridors.Cli.Bench;
using Corridors.Core.Model.Checking;

namespace Corridors.Cli.Tests.Bench;

public sealed class SyntheticNetworkTests
{
    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Build_GivesAValidModel_EvenWhereHalfADegreeApartWouldPassThePole(int nodes)
    {
        // 317 × 317 nodes half a degree apart would reach longitude 208; the grid closes up instead.
        var model = SyntheticNetwork.Build(nodes, seed: 1);

        Assert.Empty(ModelChecker.Check(model));
        Assert.Equal(nodes, model.Nodes.Count);
        Assert.Equal(nodes / 10, model.Flows.Count);
    }

    [Fact]
    public void Build_KeepsHalfADegreeUpToTenThousandNodes()
    {
        // The benchmark figures in docs/benchmarks.md for 1,000 and 10,000 nodes stay comparable.
        var model = SyntheticNetwork.Build(10_000, seed: 1);

        Assert.Equal(40 + (99 * 0.5), model.Nodes[^1].Location.Latitude, 12);
        Assert.Equal(50 + (99 * 0.5), model.Nodes[^1].Location.Longitude, 12);
    }
}
