namespace Corridors.Core.Analysis;

/// <summary>The measures reported per scope, in report order, and which are headline figures.</summary>
public static class Measures
{
    /// <summary>Corridor measures.</summary>
    public static readonly IReadOnlyList<string> Corridor =
        ["tonnes_per_year", "teu_per_year", "shipments", "transit_mean_h", "transit_p50_h", "transit_p95_h", "usd_per_t", "co2_kg_per_t",
         "undelivered_t", "undelivered_share"];

    /// <summary>Node measures.</summary>
    public static readonly IReadOnlyList<string> Node =
        ["tonnes_per_year", "arrivals", "utilization", "mean_queue", "mean_wait_h", "max_wait_h", "mean_sojourn_h", "hours_closed", "blocked_shipments", "blocked_hours",
         "mean_present", "mean_in_service", "mean_blocked"];

    /// <summary>Link measures.</summary>
    public static readonly IReadOnlyList<string> Link =
        ["tonnes_per_year", "departures", "load_factor", "mean_wait_h", "mean_travel_h", "tonne_km", "hours_closed",
         "shipments", "mean_present", "mean_waiting", "mean_travelling", "mean_sojourn_h"];

    /// <summary>System measures.</summary>
    public static readonly IReadOnlyList<string> System = ["generated", "delivered", "in_system", "messages", "measured_h", "undelivered_t", "undelivered_share"];

    /// <summary>
    /// Gets whether a measure can be below zero: only undelivered_share, which is negative in a
    /// replication that ends with less in the system than at the end of its warm-up. Every other figure
    /// is an amount, a time, a count, a share or a price, and its interval is cut at 0 (see
    /// <see cref="MetricSummary.NonNegativeLow"/>).
    /// </summary>
    public static bool CanBeNegative(string measure) => measure is "undelivered_share";

    /// <summary>
    /// Gets whether a figure is a headline one: what a planner reads first and what <c>--precision</c>
    /// drives to its target (corridor throughput and transit times, node utilization and waits).
    /// </summary>
    public static bool IsHeadline(MetricKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Scope switch
        {
            "corridor" => key.Measure is "tonnes_per_year" or "transit_mean_h" or "transit_p95_h",
            "node" => key.Measure is "utilization" or "mean_wait_h",
            _ => false,
        };
    }
}
