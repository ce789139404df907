namespace Corridors.Cluster.Contracts;

/// <summary>
/// A modelled facility of an experiment — port, economic zone, border trade center, border crossing, hub
/// or city — keyed by <c>EXPERIMENT/NODE</c>: its parameters and its throughput, utilization, waits,
/// queue and hours closed as replications complete.
/// </summary>
public interface IFacilityGrain : IFiguresGrain;
