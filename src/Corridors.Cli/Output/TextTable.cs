namespace Corridors.Cli.Output;

/// <summary>
/// A plain text table: a header row and rows of cells, columns two spaces apart, numbers right-aligned.
/// No colours or box drawing, so it reads the same in a terminal, a log file and a test.
/// </summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    /// <summary>Starts a table; a header ending in '>' marks a right-aligned column (the '>' is not shown).</summary>
    public TextTable(params string[] headers)
    {
        _rightAligned = [.. headers.Select(h => h.EndsWith('>'))];
        _headers = [.. headers.Select(h => h.TrimEnd('>'))];
    }

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the header and the rows, each line starting with <paramref name="indent"/>.</summary>
    public void Write(TextWriter writer, string indent = "")
    {
        var widths = _headers.Select((h, c) => _rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in _rows.Prepend(_headers))
        {
            var cells = row.Select((cell, c) => _rightAligned[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            writer.WriteLine((indent + string.Join("  ", cells)).TrimEnd());
        }
    }
}
