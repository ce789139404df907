using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridors.Testing;

namespace Corridors.Cli.Tests.Commands;

/// <summary>SIGTERM to a real `corridors run` process: it stops, says how far it got and writes what was done.</summary>
public sealed partial class RunInterruptionTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "corridors-sigterm-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Sigterm_during_run_writes_the_replications_done_marked_partial_and_exits_143()
    {
        // SIGTERM, not SIGINT: a process started without a terminal may inherit SIGINT as ignored,
        // and .NET then leaves it so; both signals take the same path in the command.
        var cli = Path.Combine(AppContext.BaseDirectory, "corridors.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "run", Repository.File("scenarios", "caspian-baseline.yaml"), "-n", "40", "--out", _out })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var firstProgress = new TaskCompletionSource<int>();
        var errors = new List<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (errors)
            {
                errors.Add(e.Data);
            }

            // "replicating: 4/40 done, …": wait until at least one replication is recorded.
            if (Progress().Match(e.Data) is { Success: true } m && int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                firstProgress.TrySetResult(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        };
        process.BeginErrorReadLine();
        _ = process.StandardOutput.ReadToEndAsync();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var seen = 0;
        try
        {
            // Piped, run prints a progress line at every tenth of the replications and at least every 10 s.
            seen = await firstProgress.Task.WaitAsync(bound.Token);
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(bound.Token);
            }

            await process.WaitForExitAsync(bound.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        string stderr;
        lock (errors)
        {
            stderr = string.Join('\n', errors);
        }

        Assert.True(process.ExitCode == 143, $"exit code {process.ExitCode}; stderr:\n{stderr}");
        Assert.Contains("SIGTERM: stopping and keeping the replications done so far", stderr, StringComparison.Ordinal);
        var said = Said().Match(stderr);
        Assert.True(said.Success, stderr);
        var done = int.Parse(said.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(done, seen, 39);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_out, "manifest.json")));
        Assert.True(manifest.RootElement.GetProperty("partial").GetBoolean());
        Assert.Equal(40, manifest.RootElement.GetProperty("replications_requested").GetInt32());
        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_out, "summary.json")));
        Assert.Equal(done, summary.RootElement.GetProperty("replications").GetInt32());
        Assert.Empty(Directory.GetFiles(_out, "*.tmp*"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [GeneratedRegex(@"^replicating: (\d+)/40 done")]
    private static partial Regex Progress();

    [GeneratedRegex(@"interrupted by SIGTERM after (\d+) of 40 replications; wrote them to .* as a partial run")]
    private static partial Regex Said();
}
