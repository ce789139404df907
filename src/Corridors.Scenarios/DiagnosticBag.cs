using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios;

/// <summary>Collects diagnostics for one load; stops recording errors after <see cref="ScenarioLimits.MaxErrors"/>.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];
    private int _errors;

    /// <summary>Gets whether any error was reported.</summary>
    public bool HasErrors => _errors > 0;

    /// <summary>Gets whether the error limit was reached (further errors are dropped).</summary>
    public bool Full => _errors >= ScenarioLimits.MaxErrors;

    /// <summary>Reports an error at <paramref name="at"/>.</summary>
    public void Error(SourcePosition at, string message)
    {
        if (Full)
        {
            return;
        }

        if (Add(new Diagnostic(at.File, at.Line, at.Column, DiagnosticSeverity.Error, message)))
        {
            _errors++;
            if (Full)
            {
                _items.Add(new Diagnostic(at.File, at.Line, at.Column, DiagnosticSeverity.Error,
                    $"too many errors; stopped after {ScenarioLimits.MaxErrors}"));
            }
        }
    }

    /// <summary>Reports a warning at <paramref name="at"/>.</summary>
    public void Warning(SourcePosition at, string message) =>
        Add(new Diagnostic(at.File, at.Line, at.Column, DiagnosticSeverity.Warning, message));

    /// <summary>Returns the diagnostics ordered by file (in <paramref name="fileOrder"/>), line and column.</summary>
    public IReadOnlyList<Diagnostic> Sorted(IReadOnlyList<string> fileOrder)
    {
        int Rank(string file)
        {
            var i = -1;
            for (var k = 0; k < fileOrder.Count; k++)
            {
                if (fileOrder[k] == file)
                {
                    i = k;
                    break;
                }
            }

            return i < 0 ? int.MaxValue : i;
        }

        return [.. _items.Select((d, i) => (d, i))
            .OrderBy(p => Rank(p.d.File)).ThenBy(p => p.d.Line).ThenBy(p => p.d.Column).ThenBy(p => p.i)
            .Select(p => p.d)];
    }

    // The same problem reached twice (a two-way link's two directions) is reported once.
    private bool Add(Diagnostic diagnostic)
    {
        if (!_seen.Add(diagnostic))
        {
            return false;
        }

        _items.Add(diagnostic);
        return true;
    }
}
