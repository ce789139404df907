namespace Corridors.Cli;

/// <summary>
/// Makes sure the outputs can be written before a long run starts: a run that simulates for minutes and
/// then cannot save is work lost. Creating the folder is not enough (an existing folder may be read-only),
/// so a small file is written and removed there too.
/// </summary>
internal static class OutputFolder
{
    /// <summary>Creates <paramref name="path"/> if needed and checks it takes a file; on failure prints why in plain words and returns false.</summary>
    public static bool TryPrepare(string path, CliConsole console)
    {
        var problem = Problem(path);
        if (problem is null)
        {
            return true;
        }

        console.Error.WriteLine($"error: cannot write the outputs to '{path}': {problem}; expected a folder you can write to");
        return false;
    }

    private static string? Problem(string path)
    {
        if (File.Exists(path))
        {
            return "it is a file, not a folder";
        }

        if (FileAncestor(path) is { } file)
        {
            return $"'{file}' is a file, not a folder";
        }

        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".corridors-write-check-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "permission denied";
        }
        catch (PathTooLongException)
        {
            return "the path is too long";
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            return ex.Message.TrimEnd('.');
        }
    }

    // The nearest existing part of the path, when it is a file: "a-file/out" cannot be created.
    private static string? FileAncestor(string path)
    {
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
            {
                return dir;
            }

            if (Directory.Exists(dir))
            {
                return null;
            }
        }

        return null;
    }
}
