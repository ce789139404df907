using System.Text.RegularExpressions;
using Corridors.Scenarios;

namespace Corridors.Web.Library;

/// <summary>
/// The scenarios the page offers, read once at start-up from the library folder. The browser names a
/// scenario only by id (checked against <see cref="IdPattern"/> and this list), never by path; a text the
/// browser sends is loaded beside these files in memory (see <see cref="Load"/>), so no file on the disk
/// is ever read on a browser's behalf.
/// </summary>
internal sealed partial class ScenarioLibrary
{
    /// <summary>The file name a browser's scenario text is loaded as: its diagnostics name it so.</summary>
    public const string WhatIfFile = "what-if.yaml";

    private readonly Dictionary<string, LibraryScenario> _byId;

    private ScenarioLibrary(IReadOnlyList<LibraryScenario> scenarios)
    {
        Scenarios = scenarios;
        _byId = scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>Gets every scenario, by id.</summary>
    public IReadOnlyList<LibraryScenario> Scenarios { get; }

    /// <summary>Reads every *.yaml file of <paramref name="folder"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ScenarioLibrary Read(string folder)
    {
        var files = Directory.GetFiles(folder, "*.yaml", SearchOption.TopDirectoryOnly)
            .Select(Path.GetFileName).OfType<string>()
            .Where(name => IdPattern().IsMatch(Path.GetFileNameWithoutExtension(name)) && name != WhatIfFile)
            .Order(StringComparer.Ordinal)
            .ToDictionary(name => name, name => File.ReadAllBytes(Path.Combine(folder, name)), StringComparer.Ordinal);
        var contents = Contents(files);
        var scenarios = files.Select(f =>
        {
            var result = ScenarioLoader.Load(f.Key, contents);
            var parent = result.Files.Count > 1 ? Path.GetFileNameWithoutExtension(result.Files[1]) : null;
            return new LibraryScenario(Path.GetFileNameWithoutExtension(f.Key), f.Key, f.Value, result.ErrorCount == 0 ? result.Model : null, parent);
        }).ToList();
        return new ScenarioLibrary(scenarios);
    }

    /// <summary>Gets the scenario <paramref name="id"/>, or null when the id is malformed or not in the library.</summary>
    public LibraryScenario? Find(string? id) =>
        id is not null && IdPattern().IsMatch(id) && _byId.TryGetValue(id, out var scenario) ? scenario : null;

    /// <summary>Describes an id the library does not have, for a one-line refusal.</summary>
    public string Unknown(string? id)
    {
        var shown = id is null ? "(none)" : id.Length > 40 ? $"'{id[..40]}…'" : $"'{id}'";
        return $"no scenario {shown} in the library; expected one of {string.Join(", ", Scenarios.Select(s => s.Id))}";
    }

    /// <summary>
    /// Loads <paramref name="text"/> as the file <see cref="WhatIfFile"/> beside the library's files, from
    /// memory: its <c>extends</c> can name a library file and nothing else, and the diagnostics are those
    /// <c>corridors validate what-if.yaml</c> prints in the library folder.
    /// </summary>
    public LoadResult Load(byte[] text)
    {
        var files = Scenarios.ToDictionary(s => s.FileName, s => s.Bytes, StringComparer.Ordinal);
        files[WhatIfFile] = text;
        return ScenarioLoader.Load(WhatIfFile, Contents(files));
    }

    /// <summary>Gets the bytes of the library file <paramref name="fileName"/> (a name the loader reported), or null.</summary>
    public byte[]? Bytes(string fileName) => Scenarios.FirstOrDefault(s => s.FileName == fileName)?.Bytes;

    // The loader resolves names against the working directory; the keys must be those full paths.
    private static Dictionary<string, byte[]> Contents(IReadOnlyDictionary<string, byte[]> byName) =>
        byName.ToDictionary(f => Path.GetFullPath(f.Key), f => f.Value, StringComparer.Ordinal);

    /// <summary>A library id: lower-case letters, digits and single hyphens; nothing that can name a folder.</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdPattern();
}
