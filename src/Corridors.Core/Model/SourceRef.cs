namespace Corridors.Core.Model;

/// <summary>Where a figure in a scenario comes from.</summary>
/// <param name="Id">Short id that figures cite.</param>
/// <param name="Citation">Publisher, title and year.</param>
/// <param name="Url">Address, when there is one.</param>
public sealed record SourceRef(string Id, string Citation, string? Url = null);
