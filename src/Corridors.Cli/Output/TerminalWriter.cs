using Spectre.Console;

namespace Corridors.Cli.Output;

/// <summary>A Spectre.Console surface over a plain writer: tables without colour codes, at a fixed width, so output is the same in a terminal, a pipe and a test.</summary>
internal static class TerminalWriter
{
    /// <summary>Gets a console that renders to <paramref name="writer"/>.</summary>
    public static IAnsiConsole Over(TextWriter writer, int width = 200)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }
}
