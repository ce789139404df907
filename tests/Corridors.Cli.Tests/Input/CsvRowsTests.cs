using Corridors.Cli.Input;

namespace Corridors.Cli.Tests.Input;

public sealed class CsvRowsTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("corridors-csv-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Read_QuotedFieldsWithCommasAndQuotes_KeepsThemWholeAndCountsLines()
    {
        // RFC 4180: commas inside quotes belong to the field, a doubled quote is one quote; blank lines count as lines.
        var file = Write("name,note\n\"Aktau, port\",\"the \"\"north\"\" berth\"\n\n  Baku ,  plain  \n");

        var rows = CsvRows.Read(file, "name", "note");

        Assert.Equal([2, 4], rows.Select(r => r.Line));
        Assert.Equal(["Aktau, port", "the \"north\" berth"], rows[0].Fields);
        Assert.Equal(["Baku", "plain"], rows[1].Fields);
    }

    private string Write(string text)
    {
        var path = Path.Combine(_directory.FullName, "input.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
