using Corridors.Cluster.Contracts;

namespace Corridors.Cluster.Grains.State;

/// <summary>The stored request of an experiment, written once.</summary>
[GenerateSerializer]
internal sealed class ExperimentRecord
{
    /// <summary>Gets or sets the first accepted request; null before any.</summary>
    [Id(0)] public ExperimentRequest? Request { get; set; }
}
