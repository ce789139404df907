using Corridors.Core.Analysis;
using Corridors.Core.Model;

namespace Corridors.Core.Reports;

/// <summary>Writes the output files of a comparison into one folder: compare.csv, network.json (the plans' union) and manifest.json.</summary>
public static class ComparisonOutputs
{
    /// <summary>Writes the files; the first model is the base.</summary>
    /// <param name="directory">The output folder (created if missing).</param>
    /// <param name="names">The scenario names, base first.</param>
    /// <param name="models">The models compared, base first.</param>
    /// <param name="comparisons">Each alternative's differences from the base.</param>
    /// <param name="files">Every scenario file read, for the manifest.</param>
    /// <param name="seed">The common seed.</param>
    /// <param name="replications">Replications of each scenario.</param>
    /// <param name="toolVersion">The corridors version.</param>
    public static void Write(string directory, IReadOnlyList<string> names, IReadOnlyList<ScenarioModel> models,
        IReadOnlyList<(string Alternative, IReadOnlyList<PairedDifference> Differences)> comparisons,
        IReadOnlyList<string> files, ulong seed, int replications, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(names);
        Directory.CreateDirectory(directory);
        ComparisonCsv.Write(Path.Combine(directory, "compare.csv"), names[0], comparisons);
        NetworkJson.Write(Path.Combine(directory, "network.json"), models);
        RunManifest.Write(Path.Combine(directory, "manifest.json"), files, seed, replications, toolVersion, [.. names.Prepend("compare")]);
    }
}
