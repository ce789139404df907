namespace Corridors.Scenarios.Yaml;

/// <summary>One key and its value in a mapping; keys are always scalars in scenario files.</summary>
internal sealed record YEntry(YScalar Key, YNode Value);
