namespace Corridors.Report.Data;

/// <summary>A link of network.json.</summary>
internal sealed record NetworkLink(string Id, string From, string To, string Mode);
