namespace Corridors.Core.Analysis;

/// <summary>A figure and its summary over replications.</summary>
/// <param name="Key">What it is.</param>
/// <param name="Summary">Its mean, interval and spread.</param>
public sealed record MetricRow(MetricKey Key, MetricSummary Summary);
