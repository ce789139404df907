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

    [Fact]
    public void ErlangC_ManyServers_StaysFinite()
    {
        var c = QueueingTheory.ErlangC(500, 450);
        Assert.InRange(c, 0, 1);
    }

    [Fact]
    public void ErlangC_Unstable_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueingTheory.ErlangC(2, 2));
}
