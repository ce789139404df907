namespace Corridors.Cluster.Grains.State;

/// <summary>A facility's or corridor's description and its figures per replication.</summary>
[GenerateSerializer]
internal sealed class FiguresRecord
{
    /// <summary>Gets or sets the description.</summary>
    [Id(0)] public string Description { get; set; } = "";

    /// <summary>Gets or sets the figure names, in value order.</summary>
    [Id(1)] public List<string> Names { get; set; } = [];

    /// <summary>Gets or sets the values per replication number.</summary>
    [Id(2)] public Dictionary<int, double[]> Samples { get; set; } = [];
}
