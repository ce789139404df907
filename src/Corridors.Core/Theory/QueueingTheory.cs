namespace Corridors.Core.Theory;

/// <summary>
/// Closed-form results of queueing theory that simulation output is checked against: the M/M/c
/// queue (Erlang C) and, through it, M/M/1 and Jackson networks of them.
/// </summary>
public static class QueueingTheory
{
    /// <summary>
    /// Gets the Erlang C probability that an arrival must wait in an M/M/c queue with
    /// <paramref name="servers"/> servers and offered load a = λ/μ (erlangs). Range: c ≥ 1, 0 ≤ a &lt; c.
    /// </summary>
    public static double ErlangC(int servers, double offeredLoad)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(servers, 1);
        if (!(offeredLoad >= 0 && offeredLoad < servers))
        {
            throw new ArgumentOutOfRangeException(nameof(offeredLoad), offeredLoad, $"an M/M/{servers} queue is stable only for 0 ≤ a < {servers}");
        }

        // Sum a^k/k! iteratively (no factorials) so large c stays finite.
        var term = 1.0;
        var sum = 1.0;
        for (var k = 1; k < servers; k++)
        {
            term *= offeredLoad / k;
            sum += term;
        }

        var last = term * offeredLoad / servers / (1 - (offeredLoad / servers));
        return last / (sum + last);
    }

    /// <summary>Gets the mean waiting time in queue Wq = C(c, a) / (cμ − λ) in hours, for rates per hour.</summary>
    public static double MmcMeanWaitHours(double arrivalRate, double serviceRate, int servers) =>
        ErlangC(servers, arrivalRate / serviceRate) / ((servers * serviceRate) - arrivalRate);

    /// <summary>Gets the mean queue length Lq = λ·Wq (Little's law).</summary>
    public static double MmcMeanQueue(double arrivalRate, double serviceRate, int servers) =>
        arrivalRate * MmcMeanWaitHours(arrivalRate, serviceRate, servers);

    /// <summary>Gets the mean time in system W = Wq + 1/μ in hours.</summary>
    public static double MmcMeanSojournHours(double arrivalRate, double serviceRate, int servers) =>
        MmcMeanWaitHours(arrivalRate, serviceRate, servers) + (1 / serviceRate);
}
