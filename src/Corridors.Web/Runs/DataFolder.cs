using System.Text.RegularExpressions;

namespace Corridors.Web.Runs;

/// <summary>
/// The only folder the page writes: DATA/runs/&lt;id&gt;/ for each run. Paths are built here from ids that
/// match <see cref="RunIdPattern"/> and checked to stay under the root, so no request can name a path.
/// </summary>
internal sealed partial class DataFolder
{
    private DataFolder(string root) => Root = root;

    /// <summary>Gets the full path of the data folder.</summary>
    public string Root { get; }

    /// <summary>Creates (if missing) the data folder and its runs/ folder.</summary>
    public static DataFolder Prepare(string path)
    {
        var root = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.Combine(root, "runs"));
        return new DataFolder(root);
    }

    /// <summary>Gets the folder of run <paramref name="id"/>, or null when the id is not a run id.</summary>
    public string? Run(string? id)
    {
        if (id is null || !RunIdPattern().IsMatch(id))
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(Root, "runs", id));
        return folder.StartsWith(Path.Combine(Root, "runs") + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? folder : null;
    }

    /// <summary>A run id: 32 lower-case hex digits (the first half of a SHA-256).</summary>
    [GeneratedRegex("^[0-9a-f]{32}$")]
    public static partial Regex RunIdPattern();
}
