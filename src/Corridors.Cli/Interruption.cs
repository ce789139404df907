using System.Runtime.InteropServices;

namespace Corridors.Cli;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM while a command works: the first asks the command to stop waiting and keep
/// what is done (<see cref="Token"/>); a second SIGINT ends the process at once, as it would without this.
/// </summary>
internal sealed class Interruption : IDisposable
{
    /// <summary>The exit code after SIGINT (128 + 2, as shells report it).</summary>
    public const int SigIntExitCode = 130;

    /// <summary>The exit code after SIGTERM (128 + 15).</summary>
    public const int SigTermExitCode = 143;

    private readonly CancellationTokenSource _source = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signal;

    /// <summary>Gets an interruption that happens only when <see cref="Request"/> is called (tests, commands started in code).</summary>
    public static Interruption None => new();

    /// <summary>Gets a token cancelled at the first signal.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Gets whether a signal arrived.</summary>
    public bool Requested => Volatile.Read(ref _signal) != 0;

    /// <summary>Gets the exit code that tells the caller which signal stopped the command.</summary>
    public int ExitCode => Volatile.Read(ref _signal) == (int)PosixSignal.SIGTERM ? SigTermExitCode : SigIntExitCode;

    /// <summary>Gets the signal's name, for messages.</summary>
    public string SignalName => Volatile.Read(ref _signal) == (int)PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT";

    /// <summary>Starts listening for SIGINT and SIGTERM; <paramref name="error"/> is told that the command is stopping.</summary>
    public static Interruption Listen(TextWriter error)
    {
        var interruption = new Interruption();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            interruption._registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                if (interruption.Request(context.Signal))
                {
                    // Keep the process: the command stops waiting, keeps what is done and exits itself.
                    context.Cancel = true;
                    error.WriteLine($"{(context.Signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT")}: stopping and keeping the replications done so far (Ctrl+C again to quit at once)");
                }
            }));
        }

        return interruption;
    }

    /// <summary>Interrupts as <paramref name="signal"/> would; true for the first signal, false for any later one.</summary>
    public bool Request(PosixSignal signal)
    {
        if (Interlocked.CompareExchange(ref _signal, (int)signal, 0) != 0)
        {
            return false;
        }

        _source.Cancel();
        return true;
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }
}
