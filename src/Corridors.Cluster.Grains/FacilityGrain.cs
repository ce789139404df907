using Corridors.Cluster.Contracts;
using Corridors.Cluster.Grains.State;

namespace Corridors.Cluster.Grains;

/// <summary>A facility of an experiment (key <c>EXPERIMENT/NODE</c>).</summary>
internal sealed class FacilityGrain([PersistentState("facility", ClusterStorage.Name)] IPersistentState<FiguresRecord> record)
    : FiguresGrain(record), IFacilityGrain;
