using Corridors.Kernel;
using Corridors.Kernel.Statistics;

namespace Corridors.Core.Actors;

/// <summary>Deliveries of one corridor (origin, destination, commodity) after the warm-up: a telemetry sink that destination actors write to.</summary>
internal sealed class FlowStatistics : IWarmupResettable
{
    public FlowStatistics(Simulation simulation) => simulation.Track(this);

    public long Shipments { get; private set; }

    public double Quantity { get; private set; }

    public double Tonnes { get; private set; }

    public double Teu { get; private set; }

    public double Usd { get; private set; }

    public double Co2Kg { get; private set; }

    public Tally TransitHours { get; } = new();

    public QuantileSketch TransitQuantiles { get; } = new();

    public void Delivered(double quantity, double tonnes, double teu, double transitHours, double usdPerTonne, double co2KgPerTonne)
    {
        Shipments++;
        Quantity += quantity;
        Tonnes += tonnes;
        Teu += teu;
        Usd += usdPerTonne * tonnes;
        Co2Kg += co2KgPerTonne * tonnes;
        TransitHours.Add(transitHours);
        TransitQuantiles.Add(transitHours);
    }

    public void Reset(double nowHours)
    {
        Shipments = 0;
        Quantity = Tonnes = Teu = Usd = Co2Kg = 0;
        TransitHours.Reset(nowHours);
        TransitQuantiles.Reset(nowHours);
    }
}
