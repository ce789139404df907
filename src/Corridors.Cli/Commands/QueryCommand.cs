using System.CommandLine;
using Corridors.Core.Model;
using Corridors.Core.Model.Checking;
using Corridors.Core.Routing;
using static Corridors.Cli.Output.CliText;

namespace Corridors.Cli.Commands;

/// <summary>What the commands that query a scenario's network share: the SCENARIO argument, --by, --json, loading, and turning query problems into messages.</summary>
internal static class QueryCommand
{
    public static Argument<string> Scenario() => new("scenario") { Description = "Scenario file." };

    public static Option<string> By(string description)
    {
        var by = new Option<string>("--by") { Description = description, DefaultValueFactory = _ => "scenario" };
        by.AcceptOnlyFromAmong(PresetNames);
        return by;
    }

    public static Option<bool> Json(string description) => new("--json") { Description = description };

    /// <summary>Rejects the option's value with <paramref name="message"/> unless <paramref name="valid"/> holds for it.</summary>
    public static Option<T> Require<T>(this Option<T> option, Func<T?, bool> valid, string message)
    {
        option.Validators.Add(result =>
        {
            if (!valid(result.GetValueOrDefault<T>()))
            {
                result.AddError(message);
            }
        });
        return option;
    }

    /// <summary>Loads the scenario through <see cref="ScenarioInput"/> and runs <paramref name="execute"/> on it.</summary>
    public static int OnScenario(string path, CliConsole console, Func<ScenarioModel, int> execute)
    {
        var loaded = ScenarioInput.Load(path, console);
        return loaded is null ? ExitCodes.UserMistake : execute(loaded.Model);
    }

    /// <summary>Runs <paramref name="query"/>; a query problem or an invalid model becomes one line on standard error and null.</summary>
    public static T? Answer<T>(CliConsole console, Func<T> query)
        where T : class
    {
        try
        {
            return query();
        }
        catch (Exception error) when (error is RouteQueryException or InvalidModelException)
        {
            console.Error.WriteLine($"error: {error.Message}");
            return null;
        }
    }
}
