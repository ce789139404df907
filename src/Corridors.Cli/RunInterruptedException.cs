using Corridors.Core.Results;

namespace Corridors.Cli;

/// <summary>The experiment engine stopped waiting at a signal; <see cref="Done"/> holds the replications recorded by then.</summary>
internal sealed class RunInterruptedException : OperationCanceledException
{
    public RunInterruptedException(IReadOnlyList<ReplicationResult> done)
        : base("the run was interrupted") => Done = done;

    /// <summary>Gets the replications recorded before the signal, in replication order (not necessarily consecutive).</summary>
    public IReadOnlyList<ReplicationResult> Done { get; }
}
