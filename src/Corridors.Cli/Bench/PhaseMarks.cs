namespace Corridors.Cli.Bench;

/// <summary>
/// Lines that tell `bench cluster --startup` when a run reached a phase (scenario compiled, silo ready): with
/// CORRIDORS_BENCH_PHASES=1 in its environment, a `corridors run` child writes "phase: NAME" to standard
/// error, and the benchmark notes when the line arrived. Without it, nothing is written: one flag test.
/// </summary>
internal static class PhaseMarks
{
    /// <summary>The environment variable that turns the marks on.</summary>
    public const string Variable = "CORRIDORS_BENCH_PHASES";

    /// <summary>What a mark line starts with.</summary>
    public const string Prefix = "phase: ";

    private static readonly bool Enabled = Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>Writes the mark of phase <paramref name="name"/> when the marks are on.</summary>
    public static void Mark(string name)
    {
        if (Enabled)
        {
            Console.Error.WriteLine(Prefix + name);
        }
    }
}
