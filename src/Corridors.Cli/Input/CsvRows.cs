using System.Globalization;
using CsvHelper;

namespace Corridors.Cli.Input;

/// <summary>
/// Reads a small comma-separated file with a fixed header through CsvHelper (RFC 4180: a quoted field
/// may hold commas, doubled quotes and line breaks); empty lines skipped, fields trimmed. Every problem
/// is a <see cref="CsvInputException"/> naming file, line and field.
/// </summary>
internal static class CsvRows
{
    /// <summary>Returns (line number, fields) for each data row after checking the header is exactly <paramref name="header"/>.</summary>
    public static IReadOnlyList<(int Line, string[] Fields)> Read(string file, params string[] header)
    {
        if (!File.Exists(file))
        {
            throw new CsvInputException($"{file}: file not found");
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        var rows = new List<(int, string[])>();
        using var stream = File.OpenRead(file);
        using var reader = CsvReader.Create(stream, options, leaveOpen: false);
        try
        {
            var headerSeen = false;
            while (reader.Read())
            {
                var fields = reader.Current.ToArray();
                var line = checked((int)reader.LineNumber);
                if (fields.All(f => f.Length == 0))
                {
                    continue; // a line of spaces only
                }

                if (!headerSeen)
                {
                    if (!fields.SequenceEqual(header))
                    {
                        throw CsvInputException.At(file, line, null, $"expected the header '{string.Join(',', header)}', found '{reader.Current.ToString()}'");
                    }

                    headerSeen = true;
                }
                else if (fields.Length != header.Length)
                {
                    throw CsvInputException.At(file, line, null, $"expected {header.Length} fields ({string.Join(',', header)}), found {fields.Length}");
                }
                else
                {
                    rows.Add((line, fields));
                }
            }

            return headerSeen ? rows : throw new CsvInputException($"{file}: empty file, expected the header '{string.Join(',', header)}'");
        }
        catch (CsvFormatException e)
        {
            throw CsvInputException.At(file, checked((int)e.LineNumber), null, $"malformed quoting: {e.Message}");
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
