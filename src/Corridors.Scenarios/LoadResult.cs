using Corridors.Core.Model;

namespace Corridors.Scenarios;

/// <summary>What <see cref="ScenarioLoader.Load(string)"/> found.</summary>
/// <param name="Model">The validated model, or null when there is any error.</param>
/// <param name="Diagnostics">Every error and warning, ordered by file (in reading order), line and column.</param>
/// <param name="Files">The full path of every file read (the scenario and all it extends), for hashing.</param>
public sealed record LoadResult(ScenarioModel? Model, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files)
{
    /// <summary>Gets the number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
