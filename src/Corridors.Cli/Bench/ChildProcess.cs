using System.Diagnostics;
using System.Globalization;

namespace Corridors.Cli.Bench;

/// <summary>
/// A process a benchmark or test started (redis-server, a `corridors silo`): its output lines are kept, to
/// wait for a line and for failure messages, each with the time it arrived since the process was started;
/// it is killed (SIGKILL) when disposed.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private readonly Process _process;
    private readonly List<(TimeSpan At, string Text)> _output = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Starts <paramref name="file"/> with <paramref name="arguments"/>, its output captured.</summary>
    public ChildProcess(string file, params string[] arguments)
        : this(file, arguments, new Dictionary<string, string>())
    {
    }

    private ChildProcess(string file, string[] arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Gets every line the process wrote so far, both streams.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output.Select(l => l.Text));
            }
        }
    }

    /// <summary>Gets every line the process wrote so far, both streams, with when it arrived (since just before the process was started).</summary>
    public IReadOnlyList<(TimeSpan At, string Text)> Lines
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>Gets the CPU time the process used so far (or in all, once it has ended).</summary>
    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Starts this same `corridors` program (as `dotnet corridors.dll` or its own executable) with <paramref name="arguments"/>.</summary>
    public static ChildProcess Corridors(params string[] arguments) => Corridors(new Dictionary<string, string>(), arguments);

    /// <summary>Starts this same `corridors` program with <paramref name="arguments"/> and these variables added to its environment.</summary>
    public static ChildProcess Corridors(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this program is unknown");
        return Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? new ChildProcess(self, [typeof(ChildProcess).Assembly.Location, .. arguments], environment)
            : new ChildProcess(self, arguments, environment);
    }

    /// <summary>
    /// Starts a throw-away redis-server (from the PATH) on loopback port <paramref name="port"/>, without
    /// snapshots or an append-only file, so it starts empty and leaves nothing behind, and waits until it
    /// accepts connections. For benchmarks and tests of clusters on this machine.
    /// </summary>
    /// <exception cref="System.ComponentModel.Win32Exception">redis-server is not on the PATH.</exception>
    /// <exception cref="InvalidOperationException">It ended before accepting connections (its output in the message).</exception>
    public static async Task<ChildProcess> RedisServerAsync(int port, CancellationToken cancellation)
    {
        var redis = new ChildProcess("redis-server", "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no");
        try
        {
            await redis.WaitForLine(l => l.Contains("Ready to accept connections", StringComparison.Ordinal), cancellation);
            return redis;
        }
        catch
        {
            redis.Dispose();
            throw;
        }
    }

    /// <summary>Waits for a line of output (either stream) that <paramref name="match"/> accepts, and returns it.</summary>
    /// <exception cref="InvalidOperationException">The process ended first (its output in the message).</exception>
    public async Task<string> WaitForLine(Func<string, bool> match, CancellationToken cancellation)
    {
        while (true)
        {
            lock (_output)
            {
                if (_output.Select(l => l.Text).FirstOrDefault(match) is { } line)
                {
                    return line;
                }
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the process exited with {_process.ExitCode} before the awaited line:\n{Output}");
            }

            await Task.Delay(Poll, TimeProvider.System, cancellation);
        }
    }

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> Exit(CancellationToken cancellation)
    {
        await _process.WaitForExitAsync(cancellation);
        return _process.ExitCode;
    }

    /// <summary>Kills the process at once, as kill -9 does.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add((_clock.Elapsed, line));
            }
        }
    }
}
