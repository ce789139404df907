namespace Corridors.Cli;

/// <summary>Process exit codes shared by the commands.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The user asked for something that cannot be done: bad input, unknown ids, no route.</summary>
    public const int UserMistake = 2;
}
