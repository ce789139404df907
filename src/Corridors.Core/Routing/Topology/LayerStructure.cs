namespace Corridors.Core.Routing.Topology;

/// <summary>The structure of one mode's network (or of all modes together).</summary>
/// <param name="Mode">The mode in lower case (<c>rail</c>), or <c>all</c>.</param>
/// <param name="Nodes">Number of nodes an open link of the mode starts or ends at (for <c>all</c>: every node).</param>
/// <param name="Links">Number of open links of the mode.</param>
/// <param name="Components">
/// Weakly connected components of the mode's layers, joined by links and by the changes nodes allow: node ids,
/// sorted; components in order of their ids. A node that does not let goods pass between two of its layers (a
/// gauge break, or a change of mode where it cannot transship) can be in two components.
/// </param>
/// <param name="Unreached">Nodes of the mode no flow can reach by it (for <c>all</c>: by any mode), sorted.</param>
/// <param name="DeadEnds">Nodes where goods arriving by the mode can neither continue nor end a flow, sorted.</param>
public sealed record LayerStructure(
    string Mode, int Nodes, int Links, IReadOnlyList<IReadOnlyList<string>> Components, IReadOnlyList<string> Unreached, IReadOnlyList<string> DeadEnds);
