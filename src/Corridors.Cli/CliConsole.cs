namespace Corridors.Cli;

/// <summary>
/// Where a command writes: standard output for results, standard error for messages and progress.
/// Tests pass string writers; the process passes the real console.
/// </summary>
/// <param name="Out">Results (tables, JSON, benchmark figures).</param>
/// <param name="Error">Diagnostics and progress; never parsed by scripts.</param>
/// <param name="IsInteractive">True when standard error is a terminal, so live progress may be drawn.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    /// <summary>Gets what a long command calls to hear SIGINT and SIGTERM while it works (dispose to stop listening); by default nothing is heard.</summary>
    public Func<Interruption> Interruptible { get; init; } = () => Interruption.None;

    /// <summary>Gets the columns tables on <see cref="Out"/> may use: the terminal's width, or 80 when output goes to a file or a pipe.</summary>
    public int Width { get; init; } = 80;

    /// <summary>Gets the console of this process.</summary>
    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Interruptible = () => Interruption.Listen(Console.Error),
            Width = TerminalWidth(),
        };

    // A terminal too narrow to hold an id and a number gets 40 columns: lines wrap rather than lose every figure.
    private static int TerminalWidth()
    {
        if (Console.IsOutputRedirected)
        {
            return 80;
        }

        try
        {
            return Math.Max(40, Console.WindowWidth);
        }
        catch (IOException)
        {
            return 80;
        }
    }
}
