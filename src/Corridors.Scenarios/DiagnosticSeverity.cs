namespace Corridors.Scenarios;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The scenario is invalid; no model is produced.</summary>
    Error,

    /// <summary>The scenario is valid but something looks unintended (an unused node, a commodity no flow carries).</summary>
    Warning,
}
