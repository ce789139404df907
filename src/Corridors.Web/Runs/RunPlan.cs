using Corridors.Core.Model;
using Corridors.Web.Library;

namespace Corridors.Web.Runs;

/// <summary>What one run request asks for, checked: the what-if, its base in the library, when to stop and the seed.</summary>
/// <param name="Id">The run id (see <see cref="RunKey"/>).</param>
/// <param name="Text">The what-if text as the browser sent it.</param>
/// <param name="Model">The what-if's model, seed applied.</param>
/// <param name="Base">The library scenario it extends.</param>
/// <param name="Chain">The file names read, what-if.yaml first, with their bytes: written under the run's folder for the manifests and a cluster's silos.</param>
/// <param name="Stop">Replications of the what-if and of its base, or a precision target with its cap.</param>
/// <param name="Seed">The common seed of both.</param>
internal sealed record RunPlan(string Id, byte[] Text, ScenarioModel Model, LibraryScenario Base, IReadOnlyList<(string Name, byte[] Bytes)> Chain, StopRule Stop, ulong Seed)
{
    /// <summary>Gets the replications asked for, or the cap of a precision target.</summary>
    public int Replications => Stop.Replications;
}
