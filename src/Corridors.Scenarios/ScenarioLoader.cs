using Corridors.Core.Model.Checking;
using Corridors.Scenarios.Binding;
using Corridors.Scenarios.Loading;

namespace Corridors.Scenarios;

/// <summary>
/// Reads a scenario file (and every file it extends) into a validated <see cref="Core.Model.ScenarioModel"/>,
/// reporting every problem at once with its file, line and column. The only entry point of this library.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>
    /// Loads <paramref name="path"/>. Never throws for bad input: unreadable, malformed or invalid files
    /// come back as diagnostics, and <see cref="LoadResult.Model"/> is null when there is any error.
    /// </summary>
    public static LoadResult Load(string path) => Load(path, null);

    /// <summary>
    /// Loads <paramref name="path"/> from <paramref name="contents"/> (full path → the file's bytes) instead
    /// of the disk: how a silo loads a scenario a client submitted. A file the chain names that is not in
    /// <paramref name="contents"/> is reported as unreadable.
    /// </summary>
    public static LoadResult Load(string path, IReadOnlyDictionary<string, byte[]>? contents)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bag = new DiagnosticBag();
        var files = new ScenarioFiles(bag, contents);
        var document = files.Load(path);
        if (document is null)
        {
            return new LoadResult(null, bag.Sorted(files.DisplayNames), files.FullPaths);
        }

        var context = new LoadContext(bag, document.FlowScale);
        var model = ModelBuilder.Build(document, context);
        ProblemMapper.Report(ModelChecker.Check(model), context);
        NetworkChecks.Report(model, context);
        return new LoadResult(bag.HasErrors ? null : model, bag.Sorted(files.DisplayNames), files.FullPaths);
    }
}
