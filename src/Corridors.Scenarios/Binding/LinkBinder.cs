using Corridors.Core.Model;
using Corridors.Scenarios.Loading;
using Corridors.Scenarios.Text;

namespace Corridors.Scenarios.Binding;

/// <summary>
/// Binds <c>links:</c>. A link is two-way unless <c>two_way: false</c>: the reverse direction is a second
/// model link with id <c>ID.back</c> and the same parameters. <c>distance: derived</c> computes the
/// length as the great-circle distance between the endpoints times <c>detour_factor</c>. Keys a link
/// does not give are taken from <c>link_defaults</c> of its mode.
/// </summary>
internal static class LinkBinder
{
    /// <summary>The suffix of a two-way link's reverse direction (ids cannot contain '.', so it never clashes).</summary>
    public const string ReverseSuffix = ".back";

    /// <summary>Reads every link; <paramref name="nodes"/> gives endpoints for derived distances and stand-in modes.</summary>
    public static List<LinkSpec> Bind(MapReader root, IReadOnlyDictionary<string, NodeSpec> nodes)
    {
        var defaults = LinkDefaults.Read(root);
        var links = new List<LinkSpec>();
        foreach (var (id, own, sites) in Elements.Of(root, "links", "link", required: true))
        {
            root.Context.LinkIds.Add(id);
            if (own is null)
            {
                continue;
            }

            var r = Elements.ScalarOf(own, "mode") is { } mode && defaults.TryGetValue(mode.Value, out var shared)
                ? own.Over(shared, $"link_defaults.{mode.Value}")
                : own;

            var from = r.Reference("from", ReferenceKind.Node, "From") ?? "";
            var to = r.Reference("to", ReferenceKind.Node, "To") ?? "";
            var link = new LinkSpec
            {
                Id = id,
                From = from,
                To = to,
                Mode = r.Choice("mode", Vocabulary.Modes, "Mode", required: true) ?? StandInMode(from, to, nodes),
                DistanceKm = Distance(r, nodes.GetValueOrDefault(from), nodes.GetValueOrDefault(to)),
                SpeedKmh = r.Quantity("speed", Dimension.Speed, "SpeedKmh", required: true) ?? 1,
                TravelTimeHours = r.Distribution("travel_time", Dimension.Duration, "TravelTimeHours"),
                Carrier = CarrierBinder.Carrier(r),
                Cost = CarrierBinder.Cost(r),
                Co2KgPerTonneKm = r.Quantity("co2", Dimension.Co2PerTonneKm, "Co2KgPerTonneKm") ?? 0,
                CapacityTonnesPerYear = r.Quantity("capacity", Dimension.MassPerYear, "CapacityTonnesPerYear"),
                CapacityTeuPerYear = r.Quantity("capacity_teu", Dimension.TeuPerYear, "CapacityTeuPerYear"),
                GaugeMm = Gauge(r),
                Open = r.Bool("open", "Open") ?? true,
            };
            var twoWay = r.Bool("two_way") ?? true;
            Elements.Common(r);
            r.Finish();
            links.Add(link);
            if (twoWay)
            {
                root.Context.TwoWayLinks.Add(id);
                links.Add(link with { Id = id + ReverseSuffix, From = link.To, To = link.From });
                root.Context.Register("link", id + ReverseSuffix, sites.Reversed());
            }
        }

        return links;
    }

    private static double Distance(MapReader r, NodeSpec? from, NodeSpec? to)
    {
        if (Elements.ScalarOf(r, "distance") is not { Value: "derived" })
        {
            if (r.Has("detour_factor") && !r.IsInherited("detour_factor"))
            {
                r.Problem("detour_factor", "is given, but the distance is not derived; expected it only with distance: derived", "DistanceKm");
            }

            return r.Quantity("distance", Dimension.Length, "DistanceKm", required: true) ?? 0;
        }

        _ = r.Text("distance", "DistanceKm");
        var detour = r.Number("detour_factor", "DistanceKm", required: true);
        if (detour is < 1 or > 10)
        {
            r.Problem("detour_factor", $"is {Elements.ScalarOf(r, "detour_factor")?.Value}; expected a factor from 1 (a straight line) to 10", "DistanceKm");
            return 0;
        }

        return from is null || to is null || detour is null ? 0 : from.Location.DistanceKmTo(to.Location) * detour.Value;
    }

    private static int? Gauge(MapReader r)
    {
        if (r.Quantity("gauge", Dimension.Gauge, "GaugeMm") is not { } mm)
        {
            return null;
        }

        if (mm == Math.Round(mm) && mm is > 0 and < 10_000)
        {
            return (int)mm;
        }

        r.Problem("gauge", $"is {mm} mm; expected a whole number of mm (1520 or 1435)", "GaugeMm");
        return null;
    }

    // When the mode is unreadable, pretend a mode both ends serve, so the checker does not add mode errors to it.
    private static TransportMode StandInMode(string from, string to, IReadOnlyDictionary<string, NodeSpec> nodes)
    {
        var a = nodes.GetValueOrDefault(from)?.Modes ?? [.. Vocabulary.Modes.Select(m => m.Value)];
        var b = nodes.GetValueOrDefault(to)?.Modes ?? [.. Vocabulary.Modes.Select(m => m.Value)];
        return a.Intersect(b).Cast<TransportMode?>().FirstOrDefault() ?? TransportMode.Road;
    }
}
