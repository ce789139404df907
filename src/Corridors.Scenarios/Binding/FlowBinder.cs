using Corridors.Core.Model;
using Corridors.Kernel.Distributions;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Text;

namespace Corridors.Scenarios.Binding;

/// <summary>Binds <c>demand:</c>: flows whose volume and shipment size are in their commodity's unit.</summary>
internal static class FlowBinder
{
    /// <summary>Reads every flow; volumes are multiplied by the factors <c>extends</c> accumulated.</summary>
    public static List<FlowSpec> Bind(MapReader root, IReadOnlyDictionary<string, Commodity> commodities)
    {
        var flows = new List<FlowSpec>();
        foreach (var (id, r, _) in Elements.Of(root, "demand", "flow", required: true))
        {
            root.Context.FlowIds.Add(id);
            if (r is null)
            {
                continue;
            }

            var from = r.Reference("from", ReferenceKind.Node, "Origin") ?? "";
            var to = r.Reference("to", ReferenceKind.Node, "Destination") ?? "";
            var commodityId = r.Reference("commodity", ReferenceKind.Commodity, "Commodity") ?? "";
            var commodity = commodities.GetValueOrDefault(commodityId);
            var flow = new FlowSpec
            {
                Id = id,
                Origin = from,
                Destination = to,
                Commodity = commodityId,
                VolumePerYear = Volume(r, commodity) * root.Context.FlowScale.GetValueOrDefault(id, 1),
                ShipmentSize = Size(r, commodity),
                Arrival = r.Choice("arrival", Vocabulary.Arrivals, "Arrival") ?? ArrivalProcess.Poisson,
                MonthlyFactors = Seasonality(r),
            };
            Elements.Common(r);
            r.Finish();
            flows.Add(flow);
        }

        return flows;
    }

    private static double Volume(MapReader r, Commodity? commodity)
    {
        var volume = r.QuantityOf("volume", [Dimension.MassPerYear, Dimension.TeuPerYear], "VolumePerYear", required: true);
        if (volume is not { } v || commodity is null)
        {
            return volume?.Value ?? 1;
        }

        var wanted = commodity.Unit == CargoUnit.Teu ? Dimension.TeuPerYear : Dimension.MassPerYear;
        if (v.Dimension != wanted)
        {
            r.Problem("volume", $"is {Units.Name(v.Dimension)}, but commodity '{commodity.Id}' is counted in {CommodityBinder.Word(commodity.Unit)}; expected {Units.Describe(wanted)}", "VolumePerYear");
        }

        return v.Value;
    }

    // Sizes are in the commodity's unit; without a known commodity the size is not read (the checker reports the commodity).
    private static Distribution Size(MapReader r, Commodity? commodity)
    {
        if (commodity is null)
        {
            _ = r.Node("shipment_size");
            r.Fail("ShipmentSize");
            return new ConstantDistribution(1);
        }

        var dimension = commodity.Unit == CargoUnit.Teu ? Dimension.Teu : Dimension.Mass;
        return r.Distribution("shipment_size", dimension, "ShipmentSize", required: true) ?? new ConstantDistribution(1);
    }

    private static List<double>? Seasonality(MapReader r)
    {
        if (r.List("seasonality", single: false, "MonthlyFactors") is not { } items)
        {
            return null;
        }

        var factors = new List<double>();
        foreach (var (item, i) in items.Select((s, i) => (s, i)))
        {
            if (ValueReader.Quantity(item, $"{r.PathOf("seasonality")}[{i}]", [Dimension.None], r.Context.Bag) is { } q)
            {
                factors.Add(q.Value);
            }
            else
            {
                r.Fail("MonthlyFactors");
            }
        }

        return factors;
    }
}
