namespace Corridors.Scenarios;

/// <summary>
/// One problem found in a scenario file, located by file, line and column (1-based), printed as
/// <c>FILE:LINE:COLUMN: error: what is wrong; what was expected</c>.
/// </summary>
/// <param name="File">The file as the user named it (extended files relative to the file that names them).</param>
/// <param name="Line">Line, from 1.</param>
/// <param name="Column">Column, from 1.</param>
/// <param name="Severity">An error (the scenario cannot run) or a warning (it can, but something looks wrong).</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record Diagnostic(string File, int Line, int Column, DiagnosticSeverity Severity, string Message)
{
    /// <summary>Formats as <c>FILE:LINE:COLUMN: error: message</c> (or <c>warning:</c>).</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
