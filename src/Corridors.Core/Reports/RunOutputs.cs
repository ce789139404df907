using Corridors.Core.Analysis;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Core.Reports;

/// <summary>Writes every output file of a run into one folder: summary.json, replications.csv, nodes.csv, links.csv, flows.csv, timeseries.csv, network.json, manifest.json; under dynamic route choice also routes.csv and reroutes.csv.</summary>
public static class RunOutputs
{
    /// <summary>Writes the outputs of <paramref name="results"/> of <paramref name="scenario"/> into <paramref name="directory"/>.</summary>
    /// <param name="directory">The output folder (created if missing).</param>
    /// <param name="scenario">The compiled scenario.</param>
    /// <param name="results">The replications, in order.</param>
    /// <param name="files">The scenario files read, for the manifest.</param>
    /// <param name="toolVersion">The corridors version, for the manifest.</param>
    /// <param name="commandLine">The command line, for the manifest.</param>
    /// <param name="requested">When the run was interrupted: the replications asked for; the manifest then marks the outputs partial.</param>
    public static ExperimentSummary Write(string directory, CompiledScenario scenario, IReadOnlyList<ReplicationResult> results,
        IReadOnlyList<string> files, string toolVersion, IReadOnlyList<string> commandLine, int? requested = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var summary = ExperimentSummary.Build(scenario.Model, results);
        Directory.CreateDirectory(directory);
        SummaryJson.Write(Path.Combine(directory, "summary.json"), summary, scenario.FlowKeys);
        CsvReports.WriteReplications(Path.Combine(directory, "replications.csv"), results);
        CsvReports.WriteScope(Path.Combine(directory, "nodes.csv"), summary, "node");
        CsvReports.WriteScope(Path.Combine(directory, "links.csv"), summary, "link");
        CsvReports.WriteFlows(Path.Combine(directory, "flows.csv"), summary, scenario.FlowKeys);
        if (results.Count > 0 && results[0].RouteChoice is not null)
        {
            CsvReports.WriteScope(Path.Combine(directory, "routes.csv"), summary, RouteChoiceMetrics.RouteScope);
            CsvReports.WriteScope(Path.Combine(directory, "reroutes.csv"), summary, RouteChoiceMetrics.RerouteScope);
        }

        TimeSeriesCsv.Write(Path.Combine(directory, "timeseries.csv"), scenario.Model, results);
        NetworkJson.Write(Path.Combine(directory, "network.json"), [scenario.Model]);
        RunManifest.Write(Path.Combine(directory, "manifest.json"), files, scenario.Model.Experiment.Seed, results.Count, toolVersion, commandLine, requested);
        return summary;
    }
}
