using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Text;

namespace Corridors.Scenarios.Binding;

/// <summary>Binds a service stage (berths, customs lanes, cranes): <c>servers</c> and either <c>time</c> or <c>rate</c>.</summary>
internal static class ServiceBinder
{
    /// <summary>A stand-in for a stage that could not be read (its field is marked failed).</summary>
    public static ServiceSpec Placeholder { get; } = new(1, new ConstantDistribution(1));

    /// <summary>Reads the stage under <paramref name="key"/> into model field <paramref name="field"/>; null when absent and optional.</summary>
    public static ServiceSpec? Read(MapReader parent, string key, string field, bool required)
    {
        if (parent.Child(key, field, required) is not { } r)
        {
            return required ? Placeholder : null;
        }

        var servers = r.Int("servers", "Servers", required: true) ?? 1;
        var time = r.Distribution("time", Dimension.Duration, "TimeHours");
        var rate = r.Quantity("rate", Dimension.MassPerHour, "TonnesPerHour");
        r.Finish();
        return new ServiceSpec(servers, time, rate);
    }
}
