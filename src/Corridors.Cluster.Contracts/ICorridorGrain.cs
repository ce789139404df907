namespace Corridors.Cluster.Contracts;

/// <summary>A corridor (origin → destination, commodity) of an experiment, keyed by <c>EXPERIMENT/CORRIDOR</c>: its deliveries as replications complete.</summary>
public interface ICorridorGrain : IFiguresGrain;
