using Corridors.Core.Model;

namespace Corridors.Cli;

/// <summary>
/// The one place commands load a scenario file. Every command that takes a SCENARIO argument calls
/// <see cref="Load"/> and hands the model to its testable core, so the loader plugs in here alone.
/// </summary>
internal static class ScenarioInput
{
    /// <summary>Loads and checks the scenario at <paramref name="path"/>; on failure writes the problems to standard error and returns null.</summary>
    public static ScenarioModel? Load(string path, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Error.WriteLine("error: scenario files cannot be loaded yet");
        return null;
    }
}
