using System.Security.Cryptography;
using System.Text;
using Corridors.Core.Model;

namespace Corridors.Cluster.Contracts;

/// <summary>
/// The identity of an experiment: a SHA-256 of what determines its results — the scenario model after
/// <c>extends</c> in canonical form (with its seed, warm-up and horizon) and the engine version. The
/// number of replications is left out on purpose: replication r is a pure function of (scenario, seed, r),
/// so asking for more replications extends the same experiment.
/// </summary>
public static class ExperimentKey
{
    /// <summary>
    /// The engine version in every key: derived from the module version ids of the assemblies that
    /// compute a replication (kernel, graph engine, domain). Builds are deterministic, so the same
    /// source gives the same id on every machine, and any change to the engine's code gives a new one:
    /// stored results of an older engine are never served, and nobody has to remember to bump a number.
    /// </summary>
    public static readonly string EngineVersion = "corridors-engine-" + EngineDigest()[..12];

    /// <summary>Returns the key of <paramref name="model"/> (lower-case hex, 64 characters).</summary>
    public static string Of(ScenarioModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var identity = model with { Experiment = model.Experiment with { Replications = 0 } };
        var text = EngineVersion + "\n" + CanonicalText.Of(identity);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Returns the first 12 characters, enough to name an experiment to a person.</summary>
    public static string Abbreviate(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length > 12 ? key[..12] : key;
    }

    private static string EngineDigest()
    {
        var ids = new[] { typeof(Corridors.Kernel.Simulation), typeof(Corridors.Graphs.DirectedGraph), typeof(ScenarioModel) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", ids))));
    }
}
