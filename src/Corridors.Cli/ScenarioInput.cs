using Corridors.Core.Model;

namespace Corridors.Cli;

/// <summary>A scenario loaded for a command, with every file that was read (for the manifest).</summary>
/// <param name="Model">The validated model.</param>
/// <param name="Files">The scenario file and every file it extends.</param>
internal sealed record LoadedScenario(ScenarioModel Model, IReadOnlyList<string> Files);

/// <summary>The one place commands load scenario files: diagnostics go to the error writer.</summary>
internal static class ScenarioInput
{
    /// <summary>Loads <paramref name="path"/>; prints its problems and returns null when it is not valid.</summary>
    public static LoadedScenario? Load(string path, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Error.WriteLine($"error: scenario files cannot be loaded yet ({path})");
        return null;
    }
}
