namespace Corridors.Cluster.Grains.State;

/// <summary>The work board's lists.</summary>
[GenerateSerializer]
internal sealed class BoardRecord
{
    /// <summary>Gets or sets every experiment submitted, oldest first.</summary>
    [Id(0)] public List<string> All { get; set; } = [];

    /// <summary>Gets or sets the experiments that may have work, oldest first.</summary>
    [Id(1)] public List<string> Open { get; set; } = [];
}
