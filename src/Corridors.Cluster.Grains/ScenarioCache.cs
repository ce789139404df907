using System.Collections.Concurrent;
using System.Globalization;
using Corridors.Cluster.Contracts;
using Corridors.Core.Model;
using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Scenarios;

namespace Corridors.Cluster.Grains;

/// <summary>
/// The compiled scenarios of one silo, by experiment key: each is loaded from its submitted files and
/// compiled once. A client in the same process (the embedded silo) hands over what it compiled already.
/// </summary>
public sealed class ScenarioCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CompiledScenario>>> _compiled = new(StringComparer.Ordinal);

    /// <summary>Adds a scenario compiled by a client of this process; <paramref name="key"/> must be <see cref="ExperimentKey.Of"/> its model.</summary>
    public void Add(string key, CompiledScenario scenario) => _compiled.TryAdd(key, new Lazy<Task<CompiledScenario>>(Task.FromResult(scenario)));

    /// <summary>Returns why <paramref name="request"/> cannot be run here (one line), or null when it can.</summary>
    internal string? Problem(ExperimentRequest request) => _compiled.ContainsKey(request.Key) ? null : Load(request).Problem;

    /// <summary>Gets the compiled scenario of experiment <paramref name="key"/>, fetching its request the first time.</summary>
    internal async Task<CompiledScenario> Get(string key, Func<Task<ExperimentRequest?>> fetch)
    {
        var entry = _compiled.GetOrAdd(key, _ => new Lazy<Task<CompiledScenario>>(() => Compile(key, fetch)));
        try
        {
            return await entry.Value;
        }
        catch
        {
            _compiled.TryRemove(new KeyValuePair<string, Lazy<Task<CompiledScenario>>>(key, entry));
            throw;
        }
    }

    private static async Task<CompiledScenario> Compile(string key, Func<Task<ExperimentRequest?>> fetch)
    {
        var request = await fetch() ?? throw new InvalidOperationException($"experiment {ExperimentKey.Abbreviate(key)} has no request stored");
        var (model, problem) = Load(request);
        return model is null
            ? throw new InvalidOperationException(problem)
            : await Task.Run(() => CompiledScenario.Compile(model, RouteProviders.Default(model)));
    }

    private static (ScenarioModel? Model, string? Problem) Load(ExperimentRequest request)
    {
        if (request.Files.Count == 0)
        {
            return (null, $"scenario {request.Name} was submitted without its files; expected the scenario file and every file it extends");
        }

        var contents = request.Files.ToDictionary(f => f.FullPath, f => f.Bytes, StringComparer.Ordinal);
        var loaded = ScenarioLoader.Load(request.RootPath, contents);
        if (loaded.Model is null)
        {
            var errors = loaded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var more = errors.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (and {errors.Count - 1} more)") : "";
            return (null, $"the submitted scenario is not valid: {errors.FirstOrDefault()}{more}");
        }

        var model = loaded.Model with { Experiment = loaded.Model.Experiment with { Seed = request.Seed } };
        var key = ExperimentKey.Of(model);
        return key == request.Key
            ? (model, null)
            : (null, $"the submitted files give experiment {ExperimentKey.Abbreviate(key)}, not {ExperimentKey.Abbreviate(request.Key)}; expected the client and the silos to run the same engine ({ExperimentKey.EngineVersion})");
    }
}
