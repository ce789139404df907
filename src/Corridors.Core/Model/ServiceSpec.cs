using Corridors.Kernel.Distributions;

namespace Corridors.Core.Model;

/// <summary>
/// A stage of identical parallel servers with one FIFO queue (berths, customs lanes, cranes).
/// The service time of a shipment is drawn from <see cref="TimeHours"/>, or, when a rate is given
/// instead, is its tonnes divided by <see cref="TonnesPerHour"/>. Exactly one of the two is set.
/// </summary>
/// <param name="Servers">Number of parallel servers (≥ 1).</param>
/// <param name="TimeHours">Service time per shipment in hours, or null.</param>
/// <param name="TonnesPerHour">Handling rate of one server in t/h (&gt; 0), or null.</param>
public sealed record ServiceSpec(int Servers, Distribution? TimeHours, double? TonnesPerHour = null)
{
    /// <summary>Gets the expected service time in hours of a shipment of <paramref name="tonnes"/>.</summary>
    public double MeanHours(double tonnes) => TimeHours?.Mean ?? (tonnes / (TonnesPerHour ?? double.NaN));
}
