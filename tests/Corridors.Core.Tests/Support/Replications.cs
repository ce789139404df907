using Corridors.Core.Results;
using Corridors.Core.World;

namespace Corridors.Core.Tests.Support;

internal static class Replications
{
    /// <summary>Runs <paramref name="count"/> replications and asserts conservation in each.</summary>
    public static IReadOnlyList<ReplicationResult> Run(CompiledScenario scenario, int count)
    {
        var results = Enumerable.Range(0, count).Select(r => ReplicationRunner.Run(scenario, r)).ToList();
        foreach (var result in results)
        {
            Assert.True(result.Conservation.Holds, result.Conservation.ToString());
        }

        return results;
    }

    public static NodeResult Node(this ReplicationResult result, string id) => result.Nodes.Single(n => n.Id == id);

    public static LinkResult Link(this ReplicationResult result, string id) => result.Links.Single(l => l.Id == id);
}
