using Spectre.Console;

namespace Corridors.Cli.Output;

/// <summary>
/// A borderless Spectre.Console table: a header row and rows of cells, columns two spaces apart, numbers
/// right-aligned. Rendered without colours, box drawing or trailing spaces and never wrapped, so it reads
/// the same in a terminal, a pipe, a log file and a test.
/// </summary>
internal sealed class TextTable
{
    // Wide enough that no row of any real output is wrapped or cut.
    private const int Unwrapped = 10_000;

    private readonly Table _table = new() { Border = TableBorder.None, ShowHeaders = true };

    /// <summary>Starts a table; a header ending in '>' marks a right-aligned column (the '>' is not shown).</summary>
    public TextTable(params string[] headers)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            var column = new TableColumn(new Text(headers[c].TrimEnd('>'))) { NoWrap = true, Padding = new Padding(0, 0, c < headers.Length - 1 ? 2 : 0, 0) };
            _table.AddColumn(headers[c].EndsWith('>') ? column.RightAligned() : column);
        }
    }

    public TextTable Add(params string[] cells)
    {
        if (cells.Length != _table.Columns.Count)
        {
            throw new ArgumentException($"Expected {_table.Columns.Count} cells, got {cells.Length}.", nameof(cells));
        }

        // Plain text, never markup: ids may contain brackets.
        _table.AddRow(cells.Select(c => new Text(c)));
        return this;
    }

    /// <summary>Writes the header and the rows, each line starting with <paramref name="indent"/>.</summary>
    public void Write(TextWriter writer, string indent = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var rendered = new StringWriter();
        TerminalWriter.Over(rendered, Unwrapped).Write(_table);
        foreach (var line in rendered.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            writer.WriteLine((indent + line).TrimEnd());
        }
    }
}
