using System.Text.Json;
using Corridors.Testing;

namespace Corridors.Web.Tests.Web;

/// <summary>The page checks a what-if with the messages and positions `corridors validate` prints for the same file beside the library.</summary>
public sealed class ValidateTests : IAsyncLifetime
{
    private const string Misspelt = """
        extends: caspian-baseline.yaml
        name: misspelt
        disruptions:
          what-if-1:
            kind: closure
            targets: dostyk
            from: 2024-03-01
            to: 2024-02-30

        """;

    private PageServer _page = null!;

    public async Task InitializeAsync() => _page = await PageServer.StartAsync(pending: true);

    public async Task DisposeAsync() => await _page.DisposeAsync();

    [Fact]
    public async Task Validate_InvalidWhatIf_SaysWhatCorridorsValidateSays()
    {
        using var response = await _page.PostAsync("/api/validate", new RunRequest(Misspelt));
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var folder = Directory.CreateTempSubdirectory("corridors-web-validate-").FullName;
        try
        {
            File.Copy(Repository.File("scenarios", "caspian-baseline.yaml"), Path.Combine(folder, "caspian-baseline.yaml"));
            await File.WriteAllTextAsync(Path.Combine(folder, "what-if.yaml"), Misspelt);
            var (exit, output, error) = await CliProcess.RunAsync(folder, "validate", "what-if.yaml");

            Assert.Equal(1, exit);
            Assert.False(page.GetProperty("valid").GetBoolean());
            Assert.Equal(output.Trim(), page.GetProperty("summary").GetString());
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.NotEmpty(lines);
            Assert.Equal(lines, page.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()!));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
