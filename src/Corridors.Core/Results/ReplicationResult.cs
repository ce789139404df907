namespace Corridors.Core.Results;

/// <summary>Everything one replication measured.</summary>
public sealed record ReplicationResult
{
    /// <summary>Gets the replication number (0-based).</summary>
    public required int Replication { get; init; }

    /// <summary>Gets the measured period in hours (horizon − warm-up).</summary>
    public required double MeasuredHours { get; init; }

    /// <summary>Gets the number of messages the kernel delivered.</summary>
    public required long Messages { get; init; }

    /// <summary>Gets the nodes, in model order.</summary>
    public required IReadOnlyList<NodeResult> Nodes { get; init; }

    /// <summary>Gets the links, in model order.</summary>
    public required IReadOnlyList<LinkResult> Links { get; init; }

    /// <summary>Gets the corridors, in order of first appearance in the model's flows.</summary>
    public required IReadOnlyList<FlowResult> Flows { get; init; }

    /// <summary>Gets what dynamic route choice did; null under static choice.</summary>
    public RouteChoiceResult? RouteChoice { get; init; }

    /// <summary>Gets the shipment balance at the horizon.</summary>
    public required Conservation Conservation { get; init; }

    /// <summary>Gets the goods in the system at the end of the warm-up and at the horizon (null in results stored before it was recorded).</summary>
    public Backlog? Backlog { get; init; }

    /// <summary>Gets the per-node time series (null when the experiment records none).</summary>
    public NodeSeries? Series { get; init; }
}
