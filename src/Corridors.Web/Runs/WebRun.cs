namespace Corridors.Web.Runs;

/// <summary>One run of the page: its plan (null for a run finished by an earlier server), its state, and a signal for watchers.</summary>
internal sealed class WebRun
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RunStatus _status;

    public WebRun(string id, RunPlan? plan, string baseId, int replications, ulong seed, string? experimentKey, bool finished)
    {
        Plan = plan;
        ExperimentKey = experimentKey;
        _status = new RunStatus(id, (finished ? RunState.Finished : RunState.Queued).ToString().ToLowerInvariant(), finished ? "done" : "what-if",
            finished ? replications : 0, replications, baseId, replications, seed, null, 0);
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

    public void Update(RunState state, string phase, int done, int target, string? problem = null)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _status = _status with
            {
                State = state.ToString().ToLowerInvariant(), Phase = phase, Done = done, Target = target, Problem = problem, Version = _status.Version + 1,
            };
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
}
