using System.Runtime.CompilerServices;
using Corridors.Cluster.Contracts;
using Corridors.Cluster.Grains.State;
using Microsoft.Extensions.Options;

namespace Corridors.Cluster.Grains;

/// <summary>
/// An experiment: the request, the recorded replications and which replications are out with workers in
/// grain storage; each lease's deadline in memory. A reactivated grain hands out only replications not
/// yet recorded, and gives those that were out a fresh lease time-out first, so that the workers still
/// running them can renew (a lost silo's replication goes out again when its lease expires).
/// </summary>
internal sealed class ExperimentGrain(
    [PersistentState("request", ClusterStorage.Name)] IPersistentState<ExperimentRecord> record,
    [PersistentState("ledger", ClusterStorage.Name)] IPersistentState<ExperimentLedger> ledger,
    ScenarioCache scenarios, TimeProvider time, IOptions<ExperimentOptions> options, ILocalSiloDetails silo) : Grain, IExperimentGrain
{
    private readonly Dictionary<int, (string Worker, long Until)> _leases = [];
    private TaskCompletionSource _changed = NewSignal();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var until = Until(time.GetTimestamp());
        foreach (var r in ledger.State.Leased.Where(r => !ledger.State.Done.ContainsKey(r)))
        {
            _leases[r] = ("a worker of the previous activation", until);
        }

        return Task.CompletedTask;
    }

    public async Task<SubmitAnswer> Submit(ExperimentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = this.GetPrimaryKeyString();
        if (request.Key != key)
        {
            return new SubmitAnswer($"the request's key {ExperimentKey.Abbreviate(request.Key)} is not this experiment's ({ExperimentKey.Abbreviate(key)})", Snapshot());
        }

        if (record.State.Request is null)
        {
            // Off the grain's scheduler: loading a scenario takes a moment.
            if (await Task.Run(() => scenarios.Problem(request)) is { } problem)
            {
                return new SubmitAnswer(problem, Snapshot());
            }

            record.State.Request = request;
            await record.WriteStateAsync();
        }

        var added = false;
        for (var r = request.First; r < request.First + request.Count; r++)
        {
            added |= ledger.State.Wanted.Add(r);
        }

        if (added)
        {
            await ledger.WriteStateAsync();
            Signal();
        }

        return new SubmitAnswer(null, Snapshot());
    }

    public Task<ExperimentRequest?> Request() => Task.FromResult(record.State.Request);

    public async Task<LeaseAnswer> Lease(string worker)
    {
        var now = time.GetTimestamp();
        var wanted = record.State.Request is null ? [] : ledger.State.Wanted;
        foreach (var r in wanted)
        {
            if (ledger.State.Done.ContainsKey(r) || (_leases.TryGetValue(r, out var lease) && lease.Until > now))
            {
                continue;
            }

            _leases[r] = (worker, Until(now));
            if (ledger.State.Leased.Add(r))
            {
                await ledger.WriteStateAsync();
            }

            return new LeaseAnswer(r, false);
        }

        return new LeaseAnswer(null, DoneWanted() >= wanted.Count);
    }

    public Task Renew(int replication, string worker)
    {
        if (!ledger.State.Done.ContainsKey(replication))
        {
            _leases[replication] = (worker, Until(time.GetTimestamp()));
        }

        return Task.CompletedTask;
    }

    public async Task Complete(int replication, long messages, string worker)
    {
        _leases.Remove(replication);
        ledger.State.Leased.Remove(replication);
        if (ledger.State.Done.TryAdd(replication, messages))
        {
            ledger.State.RecordedBy[replication] = worker;
            await ledger.WriteStateAsync();
            Signal();
        }
        else if (ledger.State.RecordedBy.GetValueOrDefault(replication) != worker)
        {
            ledger.State.Repeats++;
            ledger.State.RunTwice.Add(replication);
            await ledger.WriteStateAsync();
        }
    }

    public Task<ExperimentProgress> Progress() => Task.FromResult(Snapshot());

    public async IAsyncEnumerable<ExperimentProgress> Watch([EnumeratorCancellation] CancellationToken cancellation = default)
    {
        while (true)
        {
            var changed = _changed.Task;
            var now = Snapshot();
            yield return now;
            if (now.Finished)
            {
                yield break;
            }

            await changed.WaitAsync(cancellation);
        }
    }

    public Task<ExperimentStatus?> Status() => Task.FromResult(record.State.Request is { } request
        ? new ExperimentStatus(Snapshot(), request.Facilities, request.Corridors, silo.SiloAddress.Endpoint.ToString(),
            [.. ledger.State.Done.Keys.Order()], [.. ledger.State.RunTwice])
        : null);

    private ExperimentProgress Snapshot()
    {
        var messages = ledger.State.Done.Where(d => ledger.State.Wanted.Contains(d.Key)).Sum(d => d.Value);
        return new ExperimentProgress(this.GetPrimaryKeyString(), record.State.Request?.Name ?? "", DoneWanted(), ledger.State.Wanted.Count, messages, ledger.State.Repeats);
    }

    private int DoneWanted() => ledger.State.Done.Keys.Count(ledger.State.Wanted.Contains);

    private long Until(long now) => now + (long)(options.Value.LeaseTimeout.TotalSeconds * time.TimestampFrequency);

    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
