using System.Diagnostics;
using System.Text;
using Corridors.Scenarios.Tests.Support;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests.Yaml;

/// <summary>Input that is not a scenario at all ends in one clear error, quickly, never in an exception or a hang.</summary>
public sealed class HostileInputTests : IDisposable
{
    // Not a speed target (each load takes milliseconds): the bound only turns a hang or an exponential
    // blow-up into a failure, so it is set far above anything a loaded CI machine could need.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_FiftyMegabyteFile_RefusesItBeforeReading()
    {
        var path = Path.Combine(_dir.Path, "big.yaml");
        using (var stream = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("# padding padding padding padding padding padding padding\n");
            for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
            {
                stream.Write(line);
            }
        }

        var d = Single(path);
        Assert.Equal("big.yaml:1:1: error: file is 50 MiB; expected at most 4 MiB (scenario files are small text files)", d);
    }

    [Fact]
    public void Load_DeeplyNestedFlowLists_StopsAtTheDepthLimit()
    {
        var d = Single(_dir.Write("deep.yaml", new string('[', 200_000)));
        Assert.Equal("deep.yaml:1:33: error: nesting is deeper than 32 levels; expected at most 32", d);
    }

    [Fact]
    public void Load_DeeplyNestedBlockMappings_StopsAtTheDepthLimit()
    {
        var text = string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i) + "k:\n"));
        var d = Single(_dir.Write("deep.yaml", text));
        Assert.Equal("deep.yaml:33:33: error: nesting is deeper than 32 levels; expected at most 32", d);
    }

    [Fact]
    public void Load_BinaryFile_RefusesItAsBinary()
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = Path.Combine(_dir.Path, "blob.yaml");
        File.WriteAllBytes(path, bytes);
        Assert.Contains(": error: file contains a NUL byte, so it is binary data; expected UTF-8 YAML text", Single(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Latin1Text_ReportsTheFirstNonUtf8Byte()
    {
        var path = Path.Combine(_dir.Path, "latin1.yaml");
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes("name: ok\ndescription: Caf\u00e9\n"));
        Assert.Equal("latin1.yaml:2:17: error: file has a byte sequence that is not UTF-8 (0xE9); expected UTF-8 YAML text", Single(path));
    }

    [Fact]
    public void Load_AliasBomb_RefusesTheFirstAnchor()
    {
        var text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            var prev = (char)('a' + i - 1);
            text.Append(Key(i)).Append(": &").Append((char)('a' + i)).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + prev, 9))).Append("]\n");
        }

        Assert.Equal("bomb.yaml:1:4: error: anchors (&name) are not supported; expected plain values (use extends: to build on another scenario)",
            Single(_dir.Write("bomb.yaml", text.ToString())));
    }

    [Fact]
    public void Load_MillionValueList_StopsAtTheValueLimit()
    {
        var d = Single(_dir.Write("list.yaml", "name: [" + string.Join(",", Enumerable.Repeat("1", 1_000_000)) + "]\n"));
        Assert.Equal("list.yaml:1:200002: error: file has more than 100,000 values; expected a scenario of at most 100,000 (scenario files are small)", d);
    }

    [Fact]
    public void Load_ThousandsOfUnknownKeys_StopsListingAfterTheErrorLimit()
    {
        var text = "name: x\n" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"key{i}: {i}\n"));
        var result = Timed(_dir.Write("keys.yaml", text));
        Assert.Equal(ScenarioLimits.MaxErrors + 1, result.ErrorCount);
        Assert.EndsWith($"too many errors; stopped after {ScenarioLimits.MaxErrors}", result.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MutatedBaseline_NeverThrows()
    {
        var original = File.ReadAllText(Repository.File("tests", "Corridors.Scenarios.Tests", "Fixtures", "minimal.yaml"));
        var random = new Random(20240101);
        const string Noise = ":{}[],&*!|>'\"%@`#-? \n\t\\0aZ9.";
        for (var i = 0; i < 300; i++)
        {
            var text = new StringBuilder(original);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length);
                if (random.Next(2) == 0)
                {
                    text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at));
                }
                else
                {
                    text.Insert(at, Noise[random.Next(Noise.Length)]);
                }
            }

            var result = ScenarioLoader.Load(_dir.Write($"m{i}.yaml", text.ToString()));
            Assert.True(result.Model is not null || result.ErrorCount > 0);
        }
    }

    private static string Key(int i) => ((char)('a' + i)).ToString();

    private static LoadResult Timed(string path)
    {
        var clock = Stopwatch.StartNew();
        var result = ScenarioLoader.Load(path);
        Assert.True(clock.Elapsed < HangGuard, $"took {clock.Elapsed}");
        return result;
    }

    private string Single(string path)
    {
        var d = Assert.Single(Timed(path).Diagnostics);
        return d.ToString().Replace(_dir.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
    }
}
