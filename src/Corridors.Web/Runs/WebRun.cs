namespace Corridors.Web.Runs;

/// <summary>One run of the page: its plan (null for a run finished by an earlier server), its state, and a signal for watchers.</summary>
internal sealed class WebRun
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RunStatus _status;

    /// <summary>A run queued by this server.</summary>
    public WebRun(RunPlan plan, string experimentKey)
    {
        Plan = plan;
        ExperimentKey = experimentKey;
        _status = new RunStatus(plan.Id, Name(RunState.Queued), "waiting", 0, 0, plan.Replications, plan.Base.Id, plan.Replications, plan.Stop.PrecisionPercent, plan.Seed,
            null, null, null, 0);
    }

    /// <summary>A run an earlier server finished, read back from the data folder.</summary>
    public WebRun(string id, RunRecord done)
    {
        ArgumentNullException.ThrowIfNull(done);
        _status = new RunStatus(id, Name(RunState.Finished), "done", done.Replications, done.Replications, done.Replications, done.Base, done.Replications,
            done.PrecisionPercent, done.Seed, done.Delivered, done.BaseDelivered, null, 0);
    }

    /// <summary>Gets the plan; null when the run was read back from the data folder.</summary>
    public RunPlan? Plan { get; }

    /// <summary>Gets the experiment key of the what-if (its facility grains' prefix); null when read back.</summary>
    public string? ExperimentKey { get; }

    /// <summary>Gets the current state.</summary>
    public RunStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    /// <summary>Gets whether the run is over (finished or failed).</summary>
    public bool IsOver => Status.State is "finished" or "failed";

    /// <summary>Gets whether the run finished (its outputs are complete).</summary>
    public bool IsFinished => Status.State == "finished";

    /// <summary>Moves to <paramref name="state"/> and <paramref name="phase"/>.</summary>
    public void Update(RunState state, string phase, string? problem = null) =>
        Change(s => s with { State = Name(state), Phase = phase, Problem = problem });

    /// <summary>Changes the state with <paramref name="change"/> (atomically) and wakes the watchers.</summary>
    public void Change(Func<RunStatus, RunStatus> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        TaskCompletionSource changed;
        lock (_gate)
        {
            _status = change(_status) with { Version = _status.Version + 1 };
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.SetResult();
    }

    /// <summary>Waits until the state differs from version <paramref name="seen"/>.</summary>
    public async Task WaitForChangeAsync(int seen, CancellationToken cancellation)
    {
        Task changed;
        lock (_gate)
        {
            if (_status.Version != seen)
            {
                return;
            }

            changed = _changed.Task;
        }

        await changed.WaitAsync(cancellation);
    }

    private static string Name(RunState state) => state.ToString().ToLowerInvariant();
}
