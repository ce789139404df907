namespace Corridors.Scenarios;

/// <summary>Hard limits that keep hostile or broken input fast to reject (documented in docs/scenario-format.md).</summary>
internal static class ScenarioLimits
{
    /// <summary>Largest scenario file read, in bytes (4 MiB; the Caspian baseline is about 60 KiB).</summary>
    public const long MaxFileBytes = 4L * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and lists (the format itself needs 6).</summary>
    public const int MaxDepth = 32;

    /// <summary>Most values (scalars, lists, mappings) in one file; the Caspian baseline has about 3,300.</summary>
    public const int MaxValues = 100_000;

    /// <summary>Longest chain of <c>extends</c>.</summary>
    public const int MaxExtendsChain = 16;

    /// <summary>Errors reported per load before the loader stops listing them.</summary>
    public const int MaxErrors = 500;
}
