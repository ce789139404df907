using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Corridors.Core.Reports;

namespace Corridors.Cli.Commands;

/// <summary>Turning batch arguments into scenario files, folder names and run fingerprints.</summary>
internal static class BatchInputs
{
    /// <summary>Expands paths and glob patterns into files, in argument order then name order, without repeats.</summary>
    public static IReadOnlyList<string> Expand(IReadOnlyList<string> inputs, out IReadOnlyList<string> unmatched)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(input);
                continue;
            }

            var matches = input.AsSpan().IndexOfAny('*', '?') >= 0 ? Glob(input) : [];
            if (matches.Count == 0)
            {
                missing.Add(input);
            }

            files.AddRange(matches);
        }

        unmatched = missing;
        return [.. files.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Gives each file a folder name: its name without extension, with -2, -3 … for repeats.</summary>
    public static IReadOnlyList<string> UniqueNames(IReadOnlyList<string> paths)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. paths.Select(p =>
        {
            var name = Path.GetFileNameWithoutExtension(p);
            var n = seen[name] = seen.GetValueOrDefault(name) + 1;
            return n == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}-{n}");
        })];
    }

    /// <summary>Identifies what a stored replication depends on: the scenario files' contents, the seed and the tool version.</summary>
    public static string Fingerprint(IReadOnlyList<string> files, ulong seed)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"corridors {ToolVersion.Current}\nseed {seed}\n");
        foreach (var file in files)
        {
            text.Append(CultureInfo.InvariantCulture, $"{RunManifest.Sha256(file)}\n");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Splits ascending numbers into runs of consecutive ones.</summary>
    public static IEnumerable<(int First, int Count)> Contiguous(IReadOnlyList<int> ascending)
    {
        for (var i = 0; i < ascending.Count;)
        {
            var j = i;
            while (j + 1 < ascending.Count && ascending[j + 1] == ascending[j] + 1)
            {
                j++;
            }

            yield return (ascending[i], j - i + 1);
            i = j + 1;
        }
    }

    // Wildcards in the file name only (scenarios/*.yaml), as the shell would expand them.
    private static List<string> Glob(string pattern)
    {
        var folder = Path.GetDirectoryName(pattern);
        var name = Path.GetFileName(pattern);
        folder = string.IsNullOrEmpty(folder) ? "." : folder;
        if (folder.AsSpan().IndexOfAny('*', '?') >= 0 || !Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.GetFiles(folder, name).Select(f => folder == "." ? Path.GetFileName(f) : f).Order(StringComparer.Ordinal)];
    }
}
