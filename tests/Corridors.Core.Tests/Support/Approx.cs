namespace Corridors.Core.Tests.Support;

/// <summary>Comparison up to rounding for property tests (whose runner is the Graphs tests' <c>Properties.Check</c>, linked into this project).</summary>
internal static class Approx
{
    /// <summary>Equal up to rounding: relative 1e-9, absolute near 0.</summary>
    public static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
