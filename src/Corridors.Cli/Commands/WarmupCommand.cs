using System.CommandLine;
using System.Globalization;
using Corridors.Core.Experiments;

namespace Corridors.Cli.Commands;

/// <summary>`corridors warmup SCENARIO`: suggests a warm-up length by MSER-5 on the number of shipments in the system.</summary>
internal static class WarmupCommand
{
    public static Command Create(CliConsole console)
    {
        var scenario = new Argument<string>("scenario") { Description = "The scenario file." };
        var replications = new Option<int>("--replications", "-n") { Description = "Replications to average (Welch).", DefaultValueFactory = _ => 10 };
        var samples = new Option<int>("--samples") { Description = "Samples over the horizon.", DefaultValueFactory = _ => 200 };
        var parallel = new Option<int>("--parallel", "-p") { Description = "Replications at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("warmup", "Suggest a warm-up length (MSER-5 on the number of shipments in the system, averaged over replications).")
        {
            scenario, replications, samples, parallel,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(replications) < 1 || parse.GetValue(samples) < 10 || parse.GetValue(parallel) < 1)
            {
                console.Error.WriteLine("error: --replications and --parallel must be ≥ 1 and --samples ≥ 10");
                return ExitCodes.UserMistake;
            }

            var loaded = ScenarioInput.Load(parse.GetValue(scenario)!, console);
            return loaded is null ? ExitCodes.UserMistake : Execute(loaded, parse.GetValue(replications), parse.GetValue(samples), parse.GetValue(parallel), console);
        });
        return command;
    }

    /// <summary>Runs the analysis and prints the suggestion; returns the exit code.</summary>
    public static int Execute(LoadedScenario loaded, int replications, int samples, int parallel, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var model = loaded.Model;
        if (ScenarioInput.Compile(model, console) is not { } scenario)
        {
            return ExitCodes.UserMistake;
        }

        var (warmup, series, interval) = WarmupAnalysis.Suggest(scenario, replications, samples, parallel);
        var current = model.Experiment.WarmupHours;
        var o = console.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"suggested-warmup-hours: {warmup:0.#}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scenario-warmup-hours: {current:0.#}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MSER-5 over {series.Count} samples every {interval:0.#} h of the mean number of shipments in the system ({replications} replications from empty)."));
        o.WriteLine(current >= warmup
            ? "The scenario's warm-up is long enough."
            : string.Create(CultureInfo.InvariantCulture, $"The scenario's warm-up is shorter than suggested; consider warmup: {Math.Ceiling(warmup / 24)} d."));
        return 0;
    }
}
