namespace Corridors.Report.Data;

/// <summary>What kind of Corridors output folder a path is, or a one-line reason why it is none.</summary>
internal static class OutputFolderCheck
{
    /// <summary>The kinds a report can be made from.</summary>
    public enum Kind
    {
        /// <summary>`run --out` (or one scenario of a batch): summary.json.</summary>
        Run,

        /// <summary>`compare --out`: compare.csv.</summary>
        Comparison,

        /// <summary>`batch --out`: batch.csv and one folder per scenario.</summary>
        Batch,
    }

    /// <summary>Gets the kind of <paramref name="folder"/>; throws <see cref="ReportInputException"/> when it is missing, empty, foreign or older.</summary>
    public static Kind Of(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ReportInputException($"{folder}: no such folder; expected the --out folder of corridors run, compare or batch");
        }

        if (!Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new ReportInputException($"{folder}: the folder is empty; expected the --out folder of corridors run, compare or batch");
        }

        Kind kind;
        if (File.Exists(Path.Combine(folder, "batch.csv")))
        {
            return Kind.Batch;
        }
        else if (File.Exists(Path.Combine(folder, "compare.csv")))
        {
            kind = Kind.Comparison;
        }
        else if (File.Exists(Path.Combine(folder, "summary.json")))
        {
            kind = Kind.Run;
        }
        else
        {
            throw new ReportInputException($"{folder}: not a Corridors output folder (no summary.json, compare.csv or batch.csv)");
        }

        if (!File.Exists(Path.Combine(folder, "network.json")))
        {
            throw new ReportInputException($"{folder}: outputs of an older format (no network.json); run the scenario again with this version of corridors to get a report");
        }

        return kind;
    }
}
