using System.Reflection;

namespace Corridors.Cli;

/// <summary>The version of this build of corridors, as written into manifests.</summary>
internal static class CliVersion
{
    /// <summary>Gets the informational version (from the assembly).</summary>
    public static string Current { get; } =
        typeof(CliVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
