namespace Corridors.Cli.Output;

/// <summary>
/// A <see cref="TextTable"/> that fits a terminal width by leaving out whole columns, least important
/// first, rather than wrapping or cutting numbers. The first column (the ids) is always kept.
/// </summary>
internal sealed class FittedTable
{
    private const int Gap = 2;

    private readonly string[] _headers;
    private readonly int[] _priorities;
    private readonly List<string[]> _rows = [];

    /// <summary>Starts a table; headers as <see cref="TextTable"/> takes them, each with its priority (lower is kept longer; the first column is always kept).</summary>
    public FittedTable(params (string Header, int Priority)[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        _headers = [.. columns.Select(c => c.Header)];
        _priorities = [.. columns.Select(c => c.Priority)];
    }

    public FittedTable Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the columns that fit in <paramref name="width"/> characters (with <paramref name="indent"/>); returns the headers left out, in column order.</summary>
    public IReadOnlyList<string> Write(TextWriter writer, int width, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        var widths = Enumerable.Range(0, _headers.Length)
            .Select(c => _rows.Select(r => r[c].Length).Append(Shown(_headers[c]).Length).Max()).ToArray();
        var kept = Enumerable.Range(0, _headers.Length).ToList();
        var byImportance = Enumerable.Range(1, _headers.Length - 1).OrderBy(c => _priorities[c]).ThenBy(c => c).ToList();
        while (byImportance.Count > 0 && indent.Length + kept.Sum(c => widths[c]) + (Gap * (kept.Count - 1)) > width)
        {
            kept.Remove(byImportance[^1]);
            byImportance.RemoveAt(byImportance.Count - 1);
        }

        var table = new TextTable([.. kept.Select(c => _headers[c])]);
        foreach (var row in _rows)
        {
            table.Add([.. kept.Select(c => row[c])]);
        }

        table.Write(writer, indent);
        return [.. Enumerable.Range(0, _headers.Length).Where(c => !kept.Contains(c)).Select(c => Shown(_headers[c]))];
    }

    private static string Shown(string header) => header.TrimEnd('>');
}
