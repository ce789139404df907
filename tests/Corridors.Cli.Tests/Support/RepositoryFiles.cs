namespace Corridors.Cli.Tests.Support;

/// <summary>Files of the repository (scenarios/, test fixtures), found from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>Gets the repository root: bin/Release/net10.0 of this project is five folders below it.</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    /// <summary>Gets a path under the repository root.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);
}
