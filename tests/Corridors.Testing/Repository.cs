namespace Corridors.Testing;

/// <summary>Finds files of the repository (fixtures, scenarios/) from the test's output folder.</summary>
public static class Repository
{
    /// <summary>Gets the repository root (the folder holding Corridors.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets a path under the repository root.</summary>
    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Corridors.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Corridors.sln not found above " + AppContext.BaseDirectory);
    }
}
