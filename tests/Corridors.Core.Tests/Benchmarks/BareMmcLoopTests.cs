using Corridors.Core.Benchmarks;
using Corridors.Core.Theory;

namespace Corridors.Core.Tests.Benchmarks;

public sealed class BareMmcLoopTests
{
    // The yardstick must itself be right: its mean wait matches Erlang C, and it counts an arrival and a
    // departure per customer served, plus the arrivals of the few still in the system when it stops.
    [Theory]
    [InlineData(1, 0.5, 1.0)]
    [InlineData(3, 2.4, 1.0)]
    public void Run_MatchesErlangCMeanWaitAndCountsTwoEventsPerCustomer(int servers, double lambda, double mu)
    {
        const long Customers = 400_000;

        var (events, meanWait) = BareMmcLoop.Run(servers, lambda, mu, Customers, 11);

        var theory = QueueingTheory.MmcMeanWaitHours(lambda, mu, servers);
        Assert.InRange(meanWait, theory * 0.95, theory * 1.05);
        Assert.InRange(events, 2 * Customers, (2 * Customers) + 100);
    }
}
