using Corridors.Cluster.Contracts;
using Corridors.Cluster.Grains.State;

namespace Corridors.Cluster.Grains;

/// <summary>A corridor of an experiment (key <c>EXPERIMENT/CORRIDOR</c>).</summary>
internal sealed class CorridorGrain([PersistentState("corridor", ClusterStorage.Name)] IPersistentState<FiguresRecord> record)
    : FiguresGrain(record), ICorridorGrain;
