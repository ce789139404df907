namespace Corridors.Report.Data;

/// <summary>Everything a comparison report shows, as read from a `compare --out` folder.</summary>
internal sealed record ComparisonData
{
    public required string Base { get; init; }

    public required IReadOnlyList<string> Alternatives { get; init; }

    public required ulong Seed { get; init; }

    public required int Replications { get; init; }

    public required string Version { get; init; }

    public required IReadOnlyList<Difference> Differences { get; init; }

    public required IReadOnlyList<NetworkNode> NetworkNodes { get; init; }

    public required IReadOnlyList<NetworkLink> NetworkLinks { get; init; }
}
