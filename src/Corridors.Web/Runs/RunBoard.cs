using System.Globalization;
using Corridors.Cluster.Contracts;
using Corridors.Cluster.Hosting;
using Corridors.Core.World;
using Corridors.Report;
using Corridors.Web.Library;

namespace Corridors.Web.Runs;

/// <summary>
/// The page's runs: an identical request is answered by the first run (same id); new runs wait in one
/// queue and run one at a time (the silo already spreads one experiment over every core), with a limit per
/// client and a limit on the queue, both refused with a sentence rather than piling up work.
/// </summary>
internal sealed class RunBoard(WebOptions options, DataFolder data, ScenarioLibrary library, ExperimentGateway gateway, TextWriter errors) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, WebRun> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _activeByClient = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _worker = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _tasks = [];
    private readonly RunExecutor _executor = new(gateway);
    private int _active;

    public ScenarioLibrary Library => library;

    /// <summary>Returns the run of <paramref name="plan"/>: the existing one, a new queued one, or null with the refusal.</summary>
    public (WebRun? Run, bool Existing, string? Refusal) Submit(RunPlan plan, string client)
    {
        lock (_gate)
        {
            if (Find(plan.Id) is { } known && known.Status.State != "failed")
            {
                return (known, true, null);
            }

            var mine = _activeByClient.GetValueOrDefault(client);
            if (mine >= options.MaxExperimentsPerClient)
            {
                return (null, false, Invariant($"you have {mine} runs queued or running; at most {options.MaxExperimentsPerClient} per client — wait for one to finish"));
            }

            if (_active >= options.MaxExperimentsQueued)
            {
                return (null, false, Invariant($"the queue is full ({_active} runs queued or running, at most {options.MaxExperimentsQueued}); try again when one finishes"));
            }

            var run = new WebRun(plan, ExperimentKey.Of(plan.Model));
            _runs[plan.Id] = run;
            _activeByClient[client] = mine + 1;
            _active++;
            _tasks.Add(Task.Run(() => ExecuteAsync(run, plan, client)));
            return (run, false, null);
        }
    }

    /// <summary>Gets run <paramref name="id"/>: one of this server, or a complete one an earlier server left in the data folder.</summary>
    public WebRun? Find(string? id)
    {
        if (data.Run(id) is not { } folder)
        {
            return null;
        }

        lock (_gate)
        {
            if (_runs.TryGetValue(id!, out var run))
            {
                return run;
            }

            if (RunRecord.Read(folder) is not { } done)
            {
                return null;
            }

            run = new WebRun(id!, done);
            _runs[id!] = run;
            return run;
        }
    }

    /// <summary>Gets the folder of a run id (checked), or null.</summary>
    public string? Folder(string? id) => data.Run(id);

    /// <summary>Stops waiting for the runs in progress (the server is stopping).</summary>
    public void Stop() => _stopping.Cancel();

    /// <summary>Waits for every run task to end after <see cref="Stop"/>.</summary>
    public async Task DrainAsync()
    {
        Task[] tasks;
        lock (_gate)
        {
            tasks = [.. _tasks];
        }

        await Task.WhenAll(tasks);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Dispose();
        _worker.Dispose();
    }

    private async Task ExecuteAsync(WebRun run, RunPlan plan, string client)
    {
        try
        {
            await _worker.WaitAsync(_stopping.Token);
            try
            {
                var done = await _executor.RunAsync(plan, run, data.Run(plan.Id)!, _stopping.Token);
                run.Change(s => s with
                {
                    State = "finished", Phase = "done", Done = done.Replications, BaseDone = done.Replications, Replications = done.Replications,
                    Delivered = done.Delivered, BaseDelivered = done.BaseDelivered,
                });
            }
            finally
            {
                _worker.Release();
            }
        }
        catch (OperationCanceledException)
        {
            run.Update(RunState.Failed, "stopped", "the server stopped before the run finished");
        }
        catch (Exception ex) when (ex is ExperimentRejectedException or ClusterUnavailableException or NoRouteException or ReportInputException or IOException or UnauthorizedAccessException)
        {
            run.Update(RunState.Failed, "failed", ex.Message);
        }
        catch (Exception ex)
        {
            // A bug: one line for the page, one line with the type for the server's console; never a stack trace to the browser.
            await errors.WriteLineAsync($"internal error in run {plan.Id}: {ex.GetType().Name}: {ex.Message}");
            run.Update(RunState.Failed, "failed", "internal error while running; the server's console names it");
        }
        finally
        {
            lock (_gate)
            {
                _active--;
                _activeByClient[client]--;
                if (_activeByClient[client] == 0)
                {
                    _activeByClient.Remove(client);
                }
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
