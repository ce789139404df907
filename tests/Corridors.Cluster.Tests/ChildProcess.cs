using System.Diagnostics;

namespace Corridors.Cluster.Tests;

/// <summary>A process a test started, killed (SIGKILL) when disposed; its output is kept for failure messages.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    public ChildProcess(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Waits for a line of output (either stream) that <paramref name="match"/> accepts, and returns it.</summary>
    public async Task<string> WaitForLine(Func<string, bool> match, CancellationToken cancellation)
    {
        while (true)
        {
            lock (_output)
            {
                if (_output.FirstOrDefault(match) is { } line)
                {
                    return line;
                }
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the process exited with {_process.ExitCode} before the awaited line:\n{Output}");
            }

            await Task.Delay(50, cancellation);
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
                _output.Add(line);
            }
        }
    }
}
