namespace Corridors.Core.Model;

/// <summary>
/// A complete, validated description of a corridor world and how to run it. Built by the scenario
/// loader from files, or in code by tests; checked by <see cref="Checking.ModelChecker"/> before any run.
/// </summary>
public sealed record ScenarioModel
{
    /// <summary>Gets the scenario name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets a description of the question the scenario asks.</summary>
    public string Description { get; init; } = "";

    /// <summary>Gets the sources its figures cite.</summary>
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];

    /// <summary>Gets how it is run.</summary>
    public required ExperimentSpec Experiment { get; init; }

    /// <summary>Gets the commodities.</summary>
    public required IReadOnlyList<Commodity> Commodities { get; init; }

    /// <summary>Gets the nodes, in file order.</summary>
    public required IReadOnlyList<NodeSpec> Nodes { get; init; }

    /// <summary>Gets the links, in file order.</summary>
    public required IReadOnlyList<LinkSpec> Links { get; init; }

    /// <summary>Gets the demand flows.</summary>
    public required IReadOnlyList<FlowSpec> Flows { get; init; }

    /// <summary>Gets the disruptions.</summary>
    public IReadOnlyList<Disruption> Disruptions { get; init; } = [];

    /// <summary>Gets the routing settings.</summary>
    public required RoutingSpec Routing { get; init; }
}
