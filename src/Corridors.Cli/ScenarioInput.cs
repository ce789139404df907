using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Scenarios;

namespace Corridors.Cli;

/// <summary>A scenario loaded for a command, with every file that was read (for the manifest).</summary>
/// <param name="Model">The validated model.</param>
/// <param name="Files">The scenario file and every file it extends.</param>
internal sealed record LoadedScenario(ScenarioModel Model, IReadOnlyList<string> Files);

/// <summary>The one place commands load scenario files: diagnostics go to the error writer.</summary>
internal static class ScenarioInput
{
    /// <summary>Loads <paramref name="path"/>; prints its errors and warnings and returns null when it has errors.</summary>
    public static LoadedScenario? Load(string path, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var result = ScenarioLoader.Load(path);
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Error.WriteLine(diagnostic.ToString());
        }

        return result.ErrorCount == 0 && result.Model is { } model ? new LoadedScenario(model, result.Files) : null;
    }

    /// <summary>Routes every flow of <paramref name="model"/> with the default provider; prints why and returns null when a flow has no route.</summary>
    public static CompiledScenario? Compile(ScenarioModel model, CliConsole console, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            return CompiledScenario.Compile(model, RouteProviders.Default(model));
        }
        catch (NoRouteException ex)
        {
            console.Error.WriteLine(name is null ? $"error: {ex.Message}" : $"error: {name}: {ex.Message}");
            return null;
        }
    }
}
