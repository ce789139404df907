namespace Corridors.Core.Analysis;

/// <summary>One figure of one replication.</summary>
/// <param name="Key">What it is.</param>
/// <param name="Value">Its value; NaN when undefined in that replication (nothing delivered, no server).</param>
public sealed record MetricValue(MetricKey Key, double Value);
