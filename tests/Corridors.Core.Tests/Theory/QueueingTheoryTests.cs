using Corridors.Core.Theory;

namespace Corridors.Core.Tests.Theory;

public sealed class QueueingTheoryTests
{
    [Fact]
    public void ErlangC_TwoServersOneErlang_IsOneThird()
    {
        // a = 1, c = 2: (a^2/2!)/(1 - a/2) = 1; denominator 1 + a + 1 = 3.
        Assert.Equal(1.0 / 3, QueueingTheory.ErlangC(2, 1), 14);
    }

    [Fact]
    public void ErlangC_OneServer_IsUtilization() => Assert.Equal(0.9, QueueingTheory.ErlangC(1, 0.9), 14);

    [Fact]
    public void MmcMeanWait_MM1AtRhoPointNine_IsNineHours()
    {
        // Wq = ρ/(μ − λ) = 0.9/0.1 = 9 h.
        Assert.Equal(9, QueueingTheory.MmcMeanWaitHours(0.9, 1, 1), 12);
    }

    [Theory]
    // C(c, a) = (a^c/c!)·c/(c − a) / (Σ_{k<c} a^k/k! + (a^c/c!)·c/(c − a)), the M/M/c waiting probability
    // (Gross, Shortle, Thompson and Harris, Fundamentals of Queueing Theory, 4th ed., section 2.3).
    // The values were evaluated in exact rational arithmetic (Python's fractions.Fraction, not this code)
    // and rounded to the digits shown. By hand: C(2, 1.5) = 4.5/(2.5 + 4.5) = 9/14; C(3, 2) = 4/(1 + 2 + 2 + 4) = 4/9.
    [InlineData(2, 1.5, 0.642857)]
    [InlineData(3, 2, 0.444444)]
    [InlineData(10, 8, 0.409180)]
    // The call-centre example used to teach Erlang C: 360 calls per half hour of 4 minutes each on 55 agents, a = 48 erlangs.
    [InlineData(55, 48, 0.238701)]
    public void ErlangC_MatchesExactValues(int servers, double offeredLoad, double expected) =>
        Assert.Equal(expected, QueueingTheory.ErlangC(servers, offeredLoad), 6);

    [Fact]
    public void ErlangC_FiveHundredServers_KeepsSixSignificantDigits()
    {
        // 500! overflows a double; the exact rational value is 0.012208889635...
        Assert.Equal(0.0122088896, QueueingTheory.ErlangC(500, 450), 10);
    }

    [Fact]
    public void MmcMeanWait_CallCentreExample_IsEightPointTwoSeconds()
    {
        // λ = 12 calls/min, μ = 1/4 per min, c = 55: Wq = C/(cμ − λ) = 0.2387009/1.75 = 0.1364005 min = 8.2 s.
        Assert.Equal(0.136401, QueueingTheory.MmcMeanWaitHours(12, 0.25, 55), 6);
    }

    [Fact]
    public void ErlangC_Unstable_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueingTheory.ErlangC(2, 2));
}
