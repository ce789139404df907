namespace Corridors.Report.Data;

/// <summary>Everything a run report shows, as read from one output folder.</summary>
internal sealed record RunData
{
    public required string Folder { get; init; }

    public required string Scenario { get; init; }

    public required ulong Seed { get; init; }

    public required int Replications { get; init; }

    public required string Version { get; init; }

    public required double MeasuredHours { get; init; }

    public required string StartDate { get; init; }

    /// <summary>Gets the places where most goods wait, most first.</summary>
    public required IReadOnlyList<BottleneckPlace> Bottlenecks { get; init; }

    /// <summary>Gets the corridors; their ids are <c>origin->destination:commodity</c>.</summary>
    public required IReadOnlyList<Entity> Corridors { get; init; }

    public required IReadOnlyList<Entity> Nodes { get; init; }

    public required IReadOnlyList<Entity> Links { get; init; }

    public required IReadOnlyList<NetworkNode> NetworkNodes { get; init; }

    public required IReadOnlyList<NetworkLink> NetworkLinks { get; init; }

    public required IReadOnlyList<SeriesPoint> Series { get; init; }

    /// <summary>Gets why the run did not reach a steady state (summary.json's steady_state.reasons); empty when it did.</summary>
    public IReadOnlyList<string> SteadyStateReasons { get; init; } = [];
}
