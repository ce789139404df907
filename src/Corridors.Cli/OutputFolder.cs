namespace Corridors.Cli;

/// <summary>Makes sure an output folder can be created before a long run starts.</summary>
internal static class OutputFolder
{
    /// <summary>Creates <paramref name="path"/> if needed; on failure prints why and returns false.</summary>
    public static bool TryPrepare(string path, CliConsole console)
    {
        try
        {
            Directory.CreateDirectory(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Error.WriteLine($"error: cannot create the output folder '{path}' ({ex.Message}); expected a folder you can write to");
            return false;
        }
    }
}
