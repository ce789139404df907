using Corridors.Core.Results;

namespace Corridors.Cli.Commands;

/// <summary>How `run` ends after SIGINT or SIGTERM: it says how many replications were done and, with --out, writes those as a run marked partial.</summary>
internal static class InterruptedRun
{
    /// <summary>Wraps a batch runner so that an interruption carries the replications of the batches before it too (--precision runs in batches).</summary>
    public static Func<int, int, IReadOnlyList<ReplicationResult>> KeepingBatches(Func<int, int, IReadOnlyList<ReplicationResult>> replicate)
    {
        var kept = new List<ReplicationResult>();
        return (first, count) =>
        {
            try
            {
                var batch = replicate(first, count);
                kept.AddRange(batch);
                return batch;
            }
            catch (RunInterruptedException stopped)
            {
                throw new RunInterruptedException([.. kept, .. stopped.Done]);
            }
        };
    }

    /// <summary>Reports the interruption, writes <paramref name="done"/> through <paramref name="write"/> when there is an output folder and any are done, and returns the signal's exit code.</summary>
    /// <param name="done">The replications recorded before the signal.</param>
    /// <param name="requested">The replications asked for (the cap under --precision: <paramref name="atMost"/>).</param>
    /// <param name="atMost">True when <paramref name="requested"/> is a cap.</param>
    /// <param name="interruption">The signal.</param>
    /// <param name="console">Where to say so.</param>
    /// <param name="outputDirectory">--out, or null.</param>
    /// <param name="write">Writes the outputs of the replications done, marked partial.</param>
    public static int Finish(IReadOnlyList<ReplicationResult> done, int requested, bool atMost, Interruption interruption, CliConsole console,
        string? outputDirectory, Action<IReadOnlyList<ReplicationResult>> write)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(interruption);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(write);
        var what = $"interrupted by {interruption.SignalName} after {done.Count} of {(atMost ? "at most " : "")}{requested} replications";
        if (outputDirectory is null)
        {
            console.Error.WriteLine($"{what}; nothing written (no --out)");
        }
        else if (done.Count == 0)
        {
            console.Error.WriteLine($"{what}; nothing written to {outputDirectory}");
        }
        else
        {
            write(done);
            console.Error.WriteLine($"{what}; wrote them to {outputDirectory} as a partial run (manifest.json says \"partial\": true)");
        }

        return interruption.ExitCode;
    }
}
