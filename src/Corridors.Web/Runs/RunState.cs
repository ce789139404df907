namespace Corridors.Web.Runs;

/// <summary>Where a run is: waiting for the worker, running, finished with its reports, or failed with one line.</summary>
internal enum RunState
{
    Queued,
    Running,
    Finished,
    Failed,
}
