using Corridors.Cluster.Contracts;
using Corridors.Core.Analysis;
using Corridors.Core.World;

namespace Corridors.Cluster.Hosting;

/// <summary>Builds the request a client submits for a compiled scenario.</summary>
public static class ExperimentRequests
{
    /// <summary>Returns the request to run replications <paramref name="first"/> … <paramref name="first"/> + <paramref name="count"/> − 1 of <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The compiled scenario, its seed already the one to run with.</param>
    /// <param name="files">The scenario file and every file it extends (sent so that any silo can load it); empty for a scenario built in memory.</param>
    /// <param name="first">The first replication wanted.</param>
    /// <param name="count">How many.</param>
    public static ExperimentRequest For(CompiledScenario scenario, IReadOnlyList<string> files, int first, int count)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(files);
        var model = scenario.Model;
        return new ExperimentRequest(
            ExperimentKey.Of(model),
            model.Name,
            files.Count > 0 ? Path.GetFullPath(files[0]) : "",
            [.. files.Select(f => new ScenarioFile(Path.GetFullPath(f), File.ReadAllBytes(f)))],
            model.Experiment.Seed,
            first,
            count,
            [.. model.Nodes.Select(n => new FacilityRef(n.Id, n.Kind.ToString(), n.Name))],
            [.. scenario.FlowKeys.Select(MetricExtractor.CorridorId)]);
    }
}
