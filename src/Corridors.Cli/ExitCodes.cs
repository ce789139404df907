namespace Corridors.Cli;

/// <summary>Process exit codes shared by the commands.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command ran but what it checked failed: an invalid scenario file, a failed batch scenario, lost shipments, a precision target not reached.</summary>
    public const int Failed = 1;

    /// <summary>The user asked for something that cannot be done: a command line that does not parse, bad input, unknown ids, no route.</summary>
    public const int UserMistake = 2;

    /// <summary>A failure inside corridors itself (EX_SOFTWARE).</summary>
    public const int InternalError = 70;
}
