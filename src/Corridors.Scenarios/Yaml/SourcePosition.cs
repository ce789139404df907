namespace Corridors.Scenarios.Yaml;

/// <summary>A place in a scenario file: the file as the user named it, and a 1-based line and column.</summary>
internal readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>Gets the start of <paramref name="file"/>, for problems with the file as a whole.</summary>
    public static SourcePosition StartOf(string file) => new(file, 1, 1);
}
