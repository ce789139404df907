namespace Corridors.Cli.Tests.Support;

/// <summary>Runs a command against string writers and returns what it wrote (line endings normalised to \n).</summary>
internal static class CliRun
{
    public static (int Exit, string Output, string Error) Capture(Func<CliConsole, int> command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = command(new CliConsole(output, error, IsInteractive: false));
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    public static (int Exit, string Output, string Error) App(params string[] args) => Capture(console => CorridorsApp.Run(args, console));
}
