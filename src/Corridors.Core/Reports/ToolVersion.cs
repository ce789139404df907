using System.Reflection;

namespace Corridors.Core.Reports;

/// <summary>
/// The version of this build of corridors, as manifests record it: one source for the command line and
/// the web page (every project of a build has the same informational version, so this assembly's serves).
/// </summary>
public static class ToolVersion
{
    /// <summary>Gets the informational version (from the assembly), e.g. <c>0.1.0+1a2b3c…</c>.</summary>
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
