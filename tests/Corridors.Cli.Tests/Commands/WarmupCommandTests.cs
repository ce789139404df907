using Corridors.Cli.Commands;
using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

public sealed class WarmupCommandTests
{
    [Fact]
    public void Execute_WithAThousandHourFillUp_SuggestsTheEndOfTheFillUp()
    {
        // One shipment every 2 h on a road that takes exactly 990 h: from empty, the number in the system
        // climbs by one every 2 h up to t = 990 h and then stays at 495 for good. Samples every 40 h, in
        // batches of five (200 h): the climb fills the first five batches (samples at 0 … 960 h) and every
        // later sample is 495. Dropping the five leaves a series without spread (MSER = 0), keeping any of
        // them does not, and MSER-5 takes the earliest minimum: 5 batches, 1,000 h.
        var model = new TestModel { Horizon = 4000 }
            .City("a").City("b")
            .Link("a", "b", travel: new ConstantDistribution(990))
            .Flow("a", "b", 0.5, ArrivalProcess.Fixed)
            .Build();
        var output = new StringWriter();

        var exit = WarmupCommand.Execute(new LoadedScenario(model, []), 2, 100, 2, new CliConsole(output, new StringWriter(), false));

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n');
        Assert.Equal("suggested-warmup-hours: 1000", lines[0]);
        Assert.Equal("scenario-warmup-hours: 0", lines[1]);
        Assert.Equal("MSER-5 over 100 samples every 40 h of the mean number of shipments in the system (2 replications from empty).", lines[2]);
        Assert.Equal("The scenario's warm-up is shorter than suggested; consider warmup: 42 d.", lines[3]);
    }
}
