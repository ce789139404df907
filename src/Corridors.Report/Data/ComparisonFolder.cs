namespace Corridors.Report.Data;

/// <summary>Reads a `compare --out` folder (compare.csv, network.json, manifest.json) into <see cref="ComparisonData"/>.</summary>
internal static class ComparisonFolder
{
    private static readonly string[] Columns = ["base", "alternative", "scope", "id", "measure", "n", "base_mean", "alt_mean", "difference", "half_width", "relative_change", "significant"];

    // Folders written before compare.csv had a verdict: a significant difference counts as a change, as it then did.
    private static string Verdict(IReadOnlyDictionary<string, string> row) =>
        row.TryGetValue("verdict", out var verdict) ? verdict : row["significant"] == "yes" ? "changed" : "within_noise";

    public static ComparisonData Read(string folder)
    {
        var path = Path.Combine(folder, "compare.csv");
        var rows = CsvFile.Read(path, Columns);
        if (rows.Count == 0)
        {
            throw new ReportInputException($"{path}: no figures; expected one row per figure and alternative");
        }

        var network = NetworkFile.Read(folder);
        using var manifest = JsonFile.Read(Path.Combine(folder, "manifest.json"));

        var m = manifest.RootElement;
        var manifestPath = Path.Combine(folder, "manifest.json");
        return new ComparisonData
        {
            Base = rows[0]["base"],
            Alternatives = [.. rows.Select(r => r["alternative"]).Distinct(StringComparer.Ordinal)],
            Seed = JsonFile.Get(m, "seed", manifestPath).GetUInt64(),
            Replications = JsonFile.Get(m, "replications", manifestPath).GetInt32(),
            Version = JsonFile.Get(m, "version", manifestPath).GetString() ?? "",
            Differences = [.. rows.Select(r => new Difference(r["alternative"], r["scope"], r["id"], r["measure"],
                CsvFile.Number(r, "base_mean", path), CsvFile.Number(r, "alt_mean", path), CsvFile.Number(r, "difference", path),
                CsvFile.Number(r, "half_width", path), CsvFile.Number(r, "relative_change", path), r["significant"] == "yes", Verdict(r)))],
            NetworkNodes = network.Nodes,
            NetworkLinks = network.Links,
        };
    }
}
