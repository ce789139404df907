using System.Globalization;

namespace Corridors.Cli.Tests.Commands;

public sealed class BenchKernelCommandTests
{
    [Fact]
    public void Run_OnMm2_BothTheActorsAndTheBareLoopWaitAsErlangCSaysAndEventsPerSecondComeLast()
    {
        // M/M/2 with λ = μ = 1: offered load a = 1, P0 = 1/3, Erlang C = 1/3, Wq = C / (cμ − λ) = 1/3 h.
        // Both the actors and the bare loop simulate that queue, so both mean waits must be near 1/3 h
        // (20,000 customers: a standard error of about 0.01 h). The horizon is 20,000 h at λ = 1, so the
        // number served is Poisson(20,000) less the few in the system at the end: within ± 4σ = ± 566.
        var (exit, output, _) = Run("--servers", "2", "--arrival-rate", "1", "--service-rate", "1", "--customers", "20000", "--seed", "3");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n').ToDictionary(l => l[..l.IndexOf(':', StringComparison.Ordinal)], l => l[(l.IndexOf(':', StringComparison.Ordinal) + 2)..]);
        Assert.Equal("0.333333", lines["theory-mean-wait-hours"]);
        Assert.InRange(Parse(lines["mean-wait-hours"]), 0.29, 0.38);
        Assert.InRange(Parse(lines["bare-loop-mean-wait-hours"]), 0.29, 0.38);
        Assert.InRange(Parse(lines["customers-served"]), 20_000 - 566, 20_000 + 566);
        Assert.Equal(Parse(lines["events/s"]) / Parse(lines["bare-loop-events/s"]), Parse(lines["actors-to-bare-loop"]), 0.001);
        Assert.StartsWith("events/s: ", output.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithUnstableQueue_ExitsTwoNamingTheRates()
    {
        var (exit, output, error) = Run("--servers", "1", "--arrival-rate", "2", "--service-rate", "1");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal("error: need --servers ≥ 1, rates > 0, --customers ≥ 1 and a stable queue (λ < c·μ); got c = 1, λ = 2, μ = 1, customers = 5000000\n", error);
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static (int Exit, string Output, string Error) Run(params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CorridorsApp.Run(["bench", "kernel", .. options], new CliConsole(output, error, IsInteractive: false));
        return (exit, output.ToString(), error.ToString());
    }
}
