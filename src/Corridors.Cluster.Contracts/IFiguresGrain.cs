namespace Corridors.Cluster.Contracts;

/// <summary>Something of an experiment that gathers figures replication by replication and reports them with intervals.</summary>
public interface IFiguresGrain : IGrainWithStringKey
{
    /// <summary>Records one replication's figures (recording a replication twice changes nothing).</summary>
    Task Record(string description, FigureSample sample);

    /// <summary>Gets the description and the figures so far.</summary>
    Task<FiguresReport> Report();
}
