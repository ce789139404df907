namespace Corridors.Report.Data;

/// <summary>A node of network.json.</summary>
internal sealed record NetworkNode(string Id, string Name, string Kind, double Latitude, double Longitude);
