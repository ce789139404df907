using Corridors.Cluster.Contracts;
using Corridors.Core.Analysis;
using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Cluster.Grains.Workers;

/// <summary>Tells every facility grain and corridor grain of an experiment its figures of one replication.</summary>
internal static class FigurePublisher
{
    public static Task Publish(IGrainFactory grains, string experiment, CompiledScenario scenario, ReplicationResult result)
    {
        var nodes = scenario.Model.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var calls = new List<Task>();
        foreach (var group in MetricExtractor.Extract(result).GroupBy(v => (v.Key.Scope, v.Key.Id)))
        {
            var sample = new FigureSample(result.Replication, [.. group.Select(v => v.Key.Measure)], [.. group.Select(v => v.Value)]);
            if (group.Key.Scope == "node" && nodes.TryGetValue(group.Key.Id, out var node))
            {
                var description = $"{node.Kind} {node.Name}; storage {Tonnes(node.StorageCapacityTonnes)}, capacity {Tonnes(node.CapacityTonnesPerYear)}/yr, transshipment {node.TransshipmentUsdPerTonne:0.##} USD/t";
                calls.Add(grains.GetGrain<IFacilityGrain>(GrainKeys.Facility(experiment, node.Id)).Record(description, sample));
            }
            else if (group.Key.Scope == "corridor")
            {
                calls.Add(grains.GetGrain<ICorridorGrain>(GrainKeys.Corridor(experiment, group.Key.Id)).Record($"corridor {group.Key.Id}", sample));
            }
        }

        return Task.WhenAll(calls);
    }

    private static string Tonnes(double? value) => value is { } v ? FormattableString.Invariant($"{v:#,0} t") : "unlimited";
}
