using System.Diagnostics;
using Spectre.Console;

namespace Corridors.Cli.Output;

/// <summary>
/// Shows replications done, events per second and the time left while a run works, on the error writer:
/// a redrawn bar on a terminal; in a pipe or log, where a bar would be a mess of control codes, a plain
/// line at every tenth of the replications and at least every <see cref="LineEvery"/>.
/// </summary>
internal sealed class RunProgress
{
    /// <summary>What the replication callback is given for a replication recorded before this run asked (answered from storage).</summary>
    public const long RecordedEarlier = -1;

    /// <summary>The longest a pipe goes without a progress line while replications finish.</summary>
    public static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(10);

    private readonly CliConsole _console;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _messages;
    private int _done;
    private int _earlier;
    private TimeSpan _lastLine;

    public RunProgress(CliConsole console) => _console = console;

    /// <summary>Runs <paramref name="work"/>, which reports each finished replication through the callback it is given.</summary>
    /// <param name="title">What is being done.</param>
    /// <param name="expected">How many replications are expected, or at most (<paramref name="atMost"/>).</param>
    /// <param name="work">The work.</param>
    /// <param name="atMost">True when <paramref name="expected"/> is a cap that may not be reached: no time left is shown.</param>
    public T Track<T>(string title, int expected, Func<Action<long>, T> work, bool atMost = false)
    {
        if (!_console.IsInteractive)
        {
            var (start, began, lastTenth) = (_done, _clock.Elapsed, 0);
            return work(messages =>
            {
                Completed(messages);
                lock (_gate)
                {
                    var done = _done - start;
                    var tenth = expected > 0 ? done * 10 / expected : 0;
                    if (tenth > lastTenth || _clock.Elapsed - _lastLine >= LineEvery)
                    {
                        (lastTenth, _lastLine) = (tenth, _clock.Elapsed);
                        _console.Error.WriteLine(Line(title, done, expected, atMost ? null : _clock.Elapsed - began));
                    }
                }
            });
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
                    task.Description = Markup.Escape(FormattableString.Invariant($"{title}: {_done}/{expected}, {Speed()}"));
                });
            });
    }

    /// <summary>Gets the replications finished so far, over every <see cref="Track"/>.</summary>
    public int Done => Volatile.Read(ref _done);

    /// <summary>Gets the replications that were recorded before this run asked for them, over every <see cref="Track"/>.</summary>
    public int Earlier => Volatile.Read(ref _earlier);

    /// <summary>Gets the kernel's messages per second so far, of replications run now (not those recorded earlier).</summary>
    public double EventsPerSecond() => Interlocked.Read(ref _messages) / Math.Max(1e-9, _clock.Elapsed.TotalSeconds);

    /// <summary>Gets the speed for a progress or closing line: events per second of what ran now, and how many were recorded earlier.</summary>
    public string Speed()
    {
        var (earlier, done) = (Earlier, Done);
        var rate = FormattableString.Invariant($"{EventsPerSecond() / 1e6:0.0} M events/s");
        return earlier == 0 ? rate
            : earlier == done ? "recorded earlier (the same experiment ran before: answered from storage)"
            : FormattableString.Invariant($"{rate} ({earlier} recorded earlier)");
    }

    private string Line(string title, int done, int expected, TimeSpan? elapsed)
    {
        var left = elapsed is { } e && done > 0 && expected > done ? FormattableString.Invariant($", about {Math.Ceiling(e.TotalSeconds / done * (expected - done)):0} s left") : "";
        var of = elapsed is null ? $"{done} done (at most {expected})" : $"{done}/{expected} done";
        return FormattableString.Invariant($"{title}: {of}, {Speed()}{left}");
    }

    private void Completed(long messages)
    {
        if (messages == RecordedEarlier)
        {
            Interlocked.Increment(ref _earlier);
        }
        else
        {
            Interlocked.Add(ref _messages, messages);
        }

        Interlocked.Increment(ref _done);
    }
}
