using System.CommandLine;
using Corridors.Report;

namespace Corridors.Cli.Commands;

/// <summary>`corridors report DIR`: rebuilds report.html (or a batch's index.html) from the saved outputs, without re-running.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("folder") { Description = "The --out folder of corridors run, compare or batch." };
        var command = new Command("report", "Rebuild the HTML report of an output folder from its files, without re-running.") { folder };
        command.SetAction(parse =>
        {
            try
            {
                foreach (var path in ReportFolder.Rebuild(parse.GetValue(folder)!))
                {
                    console.Out.WriteLine($"wrote {path}");
                }

                return ExitCodes.Success;
            }
            catch (ReportInputException ex)
            {
                console.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.UserMistake;
            }
        });
        return command;
    }
}
