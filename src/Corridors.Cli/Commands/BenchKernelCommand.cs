using System.CommandLine;
using System.Diagnostics;
using Corridors.Core.Benchmarks;
using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.Theory;
using Corridors.Core.World;
using static System.FormattableString;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors bench kernel`: the M/M/c model through the real actors and kernel. Prints the simulated
/// and theoretical mean wait, then events/s where events = 2 × customers served (one arrival and one
/// departure each), so the figure compares with a bare event loop however many messages actors exchange.
/// The bare loop (<see cref="BareMmcLoop"/>) runs on the same model just before, so the two figures are
/// measured side by side.
/// </summary>
internal static class BenchKernelCommand
{
    public static Command Create(CliConsole console)
    {
        var servers = new Option<int>("--servers") { Description = "Berths c (≥ 1).", DefaultValueFactory = _ => 1 };
        var arrival = new Option<double>("--arrival-rate") { Description = "λ, arrivals per hour.", DefaultValueFactory = _ => 0.9 };
        var service = new Option<double>("--service-rate") { Description = "μ, services per hour per berth.", DefaultValueFactory = _ => 1.0 };
        var customers = new Option<long>("--customers") { Description = "Number of customers to simulate.", DefaultValueFactory = _ => 5_000_000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed.", DefaultValueFactory = _ => 1 };
        var command = new Command("kernel", "Run the M/M/c model through the kernel and actors; print mean waits and events/s.")
        {
            servers, arrival, service, customers, seed,
        };
        command.SetAction(parse =>
        {
            var c = parse.GetValue(servers);
            var lambda = parse.GetValue(arrival);
            var mu = parse.GetValue(service);
            var n = parse.GetValue(customers);
            if (c < 1 || !(lambda > 0) || !(mu > 0) || n < 1 || lambda >= c * mu)
            {
                console.Error.WriteLine($"error: need --servers ≥ 1, rates > 0, --customers ≥ 1 and a stable queue (λ < c·μ); got c = {c}, λ = {lambda}, μ = {mu}, customers = {n}");
                return 2;
            }

            var seedValue = parse.GetValue(seed);
            var scenario = Compile(MmcModel.Build(c, lambda, mu, n, seedValue));
            WarmUp(c, lambda, mu, seedValue);
            var bareClock = Stopwatch.StartNew();
            var bare = BareMmcLoop.Run(c, lambda, mu, n, seedValue);
            var bareSeconds = bareClock.Elapsed.TotalSeconds;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var result = ReplicationRunner.Run(scenario, 0);
            var seconds = clock.Elapsed.TotalSeconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var port = result.Nodes.Single(p => p.Id == MmcModel.PortId);
            var events = 2.0 * port.Departures;
            var bareEventsPerSecond = bare.Events / bareSeconds;
            var o = console.Out;
            o.WriteLine(Invariant($"customers-served: {port.Departures}"));
            o.WriteLine(Invariant($"messages: {result.Messages}"));
            o.WriteLine(Invariant($"mean-wait-hours: {port.MeanStationWaitHours:0.######}"));
            o.WriteLine(Invariant($"theory-mean-wait-hours: {QueueingTheory.MmcMeanWaitHours(lambda, mu, c):0.######}"));
            o.WriteLine(Invariant($"bare-loop-mean-wait-hours: {bare.MeanWait:0.######}"));
            o.WriteLine(Invariant($"allocated-bytes-per-customer: {(double)allocated / Math.Max(1, port.Departures):0.###}"));
            o.WriteLine(Invariant($"seconds: {seconds:0.###}"));
            o.WriteLine(Invariant($"bare-loop-events/s: {bareEventsPerSecond:0}"));
            o.WriteLine(Invariant($"actors-to-bare-loop: {events / seconds / bareEventsPerSecond:0.###}"));
            o.WriteLine(Invariant($"events/s: {events / seconds:0}"));
            return 0;
        });
        return command;
    }

    // Runs both models briefly for about half a second, so the JIT has compiled them fully optimized
    // before either is timed: otherwise the bare loop, one long call, would run as a weaker
    // on-stack-replacement compilation and the comparison would flatter the actors.
    private static void WarmUp(int servers, double lambda, double mu, ulong seed)
    {
        var small = Compile(MmcModel.Build(servers, lambda, mu, 20_000, seed));
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < 0.5)
        {
            BareMmcLoop.Run(servers, lambda, mu, 20_000, seed);
            ReplicationRunner.Run(small, 0);
        }
    }

    private static CompiledScenario Compile(ScenarioModel model) => CompiledScenario.Compile(model, RouteProviders.Default(model));
}
