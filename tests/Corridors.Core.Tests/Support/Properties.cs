using FsCheck;
using FsCheck.Fluent;

namespace Corridors.Core.Tests.Support;

/// <summary>Runs an FsCheck property inside an xunit fact, failing the fact with the counterexample.</summary>
internal static class Properties
{
    public static void Check<T>(Gen<T> generator, Func<T, bool> property, int tests = 200) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(tests), Prop.ForAll(generator.ToArbitrary(), property));

    /// <summary>Equal up to rounding: relative 1e-9, absolute near 0.</summary>
    public static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));
}
