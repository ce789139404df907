namespace Corridors.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    internal const string Valid = """
        name: tiny
        experiment: { start_date: 2024-01-01, horizon: 10 d, replications: 1, seed: 1 }
        commodities: { grain: { unit: t, tonnes_per_teu: 20 t/TEU } }
        nodes:
          a: { kind: city, location: { lat: 40, lon: 50 } }
          b: { kind: city, location: { lat: 41, lon: 50 } }
        links:
          a-b: { mode: road, from: a, to: b, distance: 120 km, speed: 40 km/h }
        demand:
          a-b-grain: { from: a, to: b, commodity: grain, volume: 1000 t/yr, shipment_size: const(20 t) }
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "corridors-cli-" + Guid.NewGuid().ToString("N"));

    public ValidateCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Validate_ValidFile_ExitsZeroAndSaysValid()
    {
        var file = Write("tiny.yaml", Valid);
        var (code, output, error) = Run("validate", file);
        Assert.Equal(0, code);
        Assert.Equal($"{file}: valid (0 warnings)\n", output);
        Assert.Equal("", error);
    }

    [Fact]
    public void Validate_FileWithMistakes_ExitsOneAndPrintsEachAtItsPosition()
    {
        var file = Write("bad.yaml", Valid.Replace("120 km", "120", StringComparison.Ordinal).Replace("from: a, to: b, commodity", "from: a, to: bb, commodity", StringComparison.Ordinal));
        var (code, output, error) = Run("validate", file);
        Assert.Equal(1, code);
        Assert.Equal(
            $"{file}:8:51: error: links.a-b.distance is '120', which has no unit; expected a length in km or nmi\n"
            + $"{file}:10:29: error: demand.a-b-grain.to names node 'bb', which does not exist; expected a node id — did you mean 'b'?\n",
            error);
        Assert.Equal($"{file}: invalid (2 errors, 0 warnings)\n", output);
    }

    [Fact]
    public void Validate_SeveralFiles_ChecksEachAndFailsIfAnyFails()
    {
        var good = Write("good.yaml", Valid);
        var missing = Path.Combine(_dir, "missing.yaml");
        var (code, output, error) = Run("validate", good, missing);
        Assert.Equal(1, code);
        Assert.Equal($"{good}: valid (0 warnings)\n{missing}: invalid (1 error, 0 warnings)\n", output);
        Assert.Equal($"{missing}:1:1: error: cannot read '{missing}': no such file; expected an existing scenario file\n", error);
    }

    [Fact]
    public void Validate_BinaryFile_ReportsItWithoutAStackTrace()
    {
        var file = Path.Combine(_dir, "blob.yaml");
        File.WriteAllBytes(file, [0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]);
        var (code, _, error) = Run("validate", file);
        Assert.Equal(1, code);
        Assert.Equal($"{file}:1:5: error: file contains a NUL byte, so it is binary data; expected UTF-8 YAML text\n", error);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate --frobnicate x.yaml")]
    [InlineData("")]
    public void Run_UsageError_ExitsTwoWithAMessage(string commandLine)
    {
        var (code, output, error) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = CorridorsApp.Run(args, new CliConsole(output, error, IsInteractive: false));
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var file = Path.Combine(_dir, name);
        File.WriteAllText(file, text);
        return file;
    }
}
