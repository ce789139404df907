using System.Diagnostics;
using Spectre.Console;

namespace Corridors.Cli.Output;

/// <summary>
/// Shows replications done, events per second and the time left while a run works, on the error
/// writer and only when it is a terminal; otherwise it stays quiet so logs and pipes stay clean.
/// </summary>
internal sealed class RunProgress
{
    private readonly CliConsole _console;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _messages;
    private int _done;

    public RunProgress(CliConsole console) => _console = console;

    /// <summary>Runs <paramref name="work"/>, which reports each finished replication through the callback it is given.</summary>
    public T Track<T>(string title, int expected, Func<Action<long>, T> work)
    {
        if (!_console.IsInteractive)
        {
            return work(Completed);
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_console.Error) });
        return terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: expected);
                return work(messages =>
                {
                    Completed(messages);
                    task.Value = _done;
                    task.Description = Markup.Escape(FormattableString.Invariant($"{title}: {_done}/{expected}, {EventsPerSecond() / 1e6:0.0} M events/s"));
                });
            });
    }

    /// <summary>Gets the kernel's messages per second so far.</summary>
    public double EventsPerSecond() => Interlocked.Read(ref _messages) / Math.Max(1e-9, _clock.Elapsed.TotalSeconds);

    private void Completed(long messages)
    {
        Interlocked.Add(ref _messages, messages);
        Interlocked.Increment(ref _done);
    }
}
