using System.CommandLine;
using Corridors.Scenarios;
using Corridors.Scenarios.Plans;

namespace Corridors.Cli.Commands;

/// <summary>
/// `corridors validate FILE...`: loads each scenario (or batch plan, with every point it generates) and prints every diagnostic to the error writer
/// (as compilers do) and one summary line per file to the output writer. Exit 0 when no file has an
/// error, 1 when any has; usage errors exit 2 (see <see cref="ExitCodes"/>).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Scenario files (each with the files it extends) or batch plans (each with every point) to check.",
            Arity = ArgumentArity.OneOrMore,
        };
        // An unknown option would otherwise be taken for a file name; it is a usage error instead.
        files.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var command = new Command("validate", "Check scenario files and report every problem as FILE:LINE:COLUMN: error: …");
        command.Arguments.Add(files);
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], console));
        return command;
    }

    private static int Run(IReadOnlyList<string> files, CliConsole console)
    {
        var printed = new HashSet<string>(StringComparer.Ordinal);
        var failed = false;
        foreach (var file in files)
        {
            if (PlanLoader.IsPlan(file))
            {
                var (errors, warnings, points) = PlanValidation.Check(file, console, printed);
                failed |= errors > 0;
                console.Out.WriteLine(errors > 0
                    ? $"{file}: invalid plan ({Count(errors, "error")}, {Count(warnings, "warning")})"
                    : $"{file}: valid plan of {Count(points, "point")} ({Count(warnings, "warning")})");
                continue;
            }

            var result = ScenarioLoader.Load(file);
            foreach (var line in result.Diagnostics.Select(d => d.ToString()).Where(printed.Add))
            {
                console.Error.WriteLine(line);
            }

            failed |= result.ErrorCount > 0;
            console.Out.WriteLine(result.ErrorCount > 0
                ? $"{file}: invalid ({Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")})"
                : $"{file}: valid ({Count(result.WarningCount, "warning")})");
        }

        return failed ? 1 : 0;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
