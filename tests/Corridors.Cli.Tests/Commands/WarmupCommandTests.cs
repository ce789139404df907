using System.Globalization;
using Corridors.Cli.Commands;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

public sealed class WarmupCommandTests
{
    [Fact]
    public void Execute_RichNetwork_SuggestsAWarmupWithinTheFirstHalfOfTheHorizon()
    {
        var output = new StringWriter();

        var exit = WarmupCommand.Execute(new LoadedScenario(RichNetwork.Build().Build(), []), 4, 100, 2, new CliConsole(output, new StringWriter(), false));

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n');
        var suggested = double.Parse(lines[0]["suggested-warmup-hours: ".Length..], CultureInfo.InvariantCulture);
        Assert.InRange(suggested, 0, 2000);
        Assert.Equal("scenario-warmup-hours: 200", lines[1]);
        Assert.Equal("MSER-5 over 100 samples every 40 h of the mean number of shipments in the system (4 replications from empty).", lines[2]);
    }
}
