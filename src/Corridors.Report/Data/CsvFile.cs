using System.Globalization;

namespace Corridors.Report.Data;

/// <summary>
/// Reads the CSV files Corridors writes (comma-separated, a header line, text quoted only when it holds
/// a comma or a quote) into rows addressed by column name.
/// </summary>
internal static class CsvFile
{
    /// <summary>Reads <paramref name="path"/>; every column in <paramref name="required"/> must be in the header.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path, params string[] required)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new ReportInputException($"{path} is empty; expected a header line");
        }

        var header = Split(lines[0]);
        var missing = required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ReportInputException($"{path}:1: missing column {string.Join(", ", missing)}; the file is of another format or another version");
        }

        var rows = new List<IReadOnlyDictionary<string, string>>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = Split(lines[i]);
            if (cells.Count != header.Count)
            {
                throw new ReportInputException($"{path}:{i + 1}: {cells.Count} cells; expected {header.Count} as in the header");
            }

            rows.Add(header.Select((h, c) => (h, cells[c])).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal));
        }

        return rows;
    }

    /// <summary>Parses a number cell; empty is NaN (an undefined figure).</summary>
    public static double Number(IReadOnlyDictionary<string, string> row, string column, string path) =>
        row[column].Length == 0 ? double.NaN
        : double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ReportInputException($"{path}: {column} '{row[column]}' is not a number");

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
