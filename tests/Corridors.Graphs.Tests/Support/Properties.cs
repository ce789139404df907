using FsCheck;
using FsCheck.Fluent;

namespace Corridors.Graphs.Tests.Support;

/// <summary>Runs an FsCheck property inside an xunit fact, failing the fact with the counterexample.</summary>
public static class Properties
{
    /// <summary>Checks <paramref name="property"/> on <paramref name="tests"/> generated cases; throws on the first failure.</summary>
    public static void Check<T>(Gen<T> generator, Func<T, bool> property, int tests = 300) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(tests), Prop.ForAll(generator.ToArbitrary(), property));
}
