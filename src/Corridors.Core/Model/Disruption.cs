namespace Corridors.Core.Model;

/// <summary>Something that reduces capacity or changes demand over time. Targets are node or link ids.</summary>
public abstract record Disruption
{
    /// <summary>Gets the unique id of the disruption (for reports and overrides).</summary>
    public required string Id { get; init; }
}
