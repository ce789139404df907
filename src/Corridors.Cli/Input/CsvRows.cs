using System.Globalization;

namespace Corridors.Cli.Input;

/// <summary>
/// Reads a small comma-separated file with a fixed header: no quoting, blank lines skipped, fields trimmed.
/// Every problem is a <see cref="CsvInputException"/> naming file, line and field.
/// </summary>
internal static class CsvRows
{
    /// <summary>Yields (line number, fields) for each data row after checking the header is exactly <paramref name="header"/>.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string file, params string[] header)
    {
        if (!File.Exists(file))
        {
            throw new CsvInputException($"{file}: file not found");
        }

        int line = 0;
        bool headerSeen = false;
        foreach (string text in File.ReadLines(file))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            string[] fields = text.Split(',').Select(f => f.Trim()).ToArray();
            if (!headerSeen)
            {
                if (!fields.SequenceEqual(header))
                {
                    throw CsvInputException.At(file, line, null, $"expected the header '{string.Join(',', header)}', found '{text}'");
                }

                headerSeen = true;
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw CsvInputException.At(file, line, null, $"expected {header.Length} fields ({string.Join(',', header)}), found {fields.Length}");
            }

            yield return (line, fields);
        }

        if (!headerSeen)
        {
            throw new CsvInputException($"{file}: empty file, expected the header '{string.Join(',', header)}'");
        }
    }

    /// <summary>Parses field <paramref name="index"/> as a node id (integer ≥ 0).</summary>
    public static int NodeId(string file, int line, string[] fields, int index, string name)
    {
        if (int.TryParse(fields[index], NumberStyles.None, CultureInfo.InvariantCulture, out int node))
        {
            return node;
        }

        throw CsvInputException.At(file, line, name, $"'{fields[index]}' is not a node id (an integer ≥ 0)");
    }

    /// <summary>Parses field <paramref name="index"/> as a finite number ≥ 0.</summary>
    public static double NonNegative(string file, int line, string[] fields, int index, string name)
    {
        if (double.TryParse(fields[index], NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            && double.IsFinite(value) && value >= 0)
        {
            return value;
        }

        throw CsvInputException.At(file, line, name, $"'{fields[index]}' is not a finite number ≥ 0");
    }
}
