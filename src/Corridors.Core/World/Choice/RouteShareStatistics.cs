using Corridors.Kernel;
using Corridors.Kernel.Statistics;

namespace Corridors.Core.World.Choice;

/// <summary>
/// Counts, after the warm-up, the shipments created on each named route of each corridor and the reroutes
/// at each node: a telemetry sink of the replication, like the corridor statistics.
/// </summary>
internal sealed class RouteShareStatistics : IWarmupResettable
{
    private readonly int[] _flowKeyOfFlow;
    private readonly int[] _nameOf;
    private readonly int[] _flowOfRoute;

    public RouteShareStatistics(Simulation simulation, CompiledScenario scenario, ChoiceModel model)
    {
        _flowKeyOfFlow = scenario.FlowKeyOfFlow;
        _nameOf = model.RouteNameOf;
        _flowOfRoute = [.. scenario.Routes.Select(r => r.Flow)];
        Created = [.. model.RouteNames.Select(n => new long[n.Length])];
        Reroutes = new long[scenario.Model.Nodes.Count];
        simulation.Track(this);
    }

    /// <summary>Gets the shipments created per corridor and route name.</summary>
    public long[][] Created { get; }

    /// <summary>Gets the reroutes per node.</summary>
    public long[] Reroutes { get; }

    /// <summary>A shipment was created on <paramref name="route"/>.</summary>
    public void Chose(int route) => Created[_flowKeyOfFlow[_flowOfRoute[route]]][_nameOf[route]]++;

    /// <summary>A shipment switched route at <paramref name="node"/>.</summary>
    public void Rerouted(int node) => Reroutes[node]++;

    /// <inheritdoc />
    public void Reset(double nowHours)
    {
        foreach (var counts in Created)
        {
            Array.Clear(counts);
        }

        Array.Clear(Reroutes);
    }
}
