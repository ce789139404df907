using Corridors.Core.Routing;
using Corridors.Core.Tests.Support;
using static Corridors.Core.Tests.Support.Approx;
using static Corridors.Graphs.Tests.Support.Properties;

namespace Corridors.Core.Tests.Routing;

/// <summary>Properties on random multimodal networks (see <see cref="NetworkCase"/>), checked against <see cref="RouteOracle"/>.</summary>
public sealed class CorridorRouterPropertyTests
{
    [Fact]
    public void Routes_OnRandomNetworks_CostWhatTheirLegsAndStopsCostRecomputedFromTheModel() =>
        Check(NetworkCase.Generator(), c =>
        {
            var model = c.Build();
            var router = new CorridorRouter(model);
            var cargo = router.CargoFor([c.FromId], [c.ToId]);
            var w = model.Routing.Weights;
            return TryRoutes(router, c).All(r =>
            {
                var (hours, usd, co2, km) = RouteOracle.Measure(model, r.Route.Nodes, r.Route.Links, cargo);
                return Close(r.Hours, hours) && Close(r.Usd, usd) && Close(r.Co2Kg, co2) && Close(r.Km, km)
                    && Close(r.Cost, (w.PerHour * hours) + (w.PerUsd * usd) + (w.PerKgCo2 * co2))
                    && r.Stops.Count == r.Legs.Count + 1
                    && Close(r.Hours, r.Stops.Sum(s => s.Hours) + r.Legs.Sum(l => l.Hours));
            });
        });

    [Fact]
    public void Routes_OnRandomNetworks_AreTheKCheapestLooplessLegalRoutes() =>
        Check(NetworkCase.Generator(7, 22), c =>
        {
            var model = c.Build();
            var router = new CorridorRouter(model);
            var cargo = router.CargoFor([c.FromId], [c.ToId]);
            var w = model.Routing.Weights;
            var brute = RouteOracle.AllLooplessRoutes(model, c.From, c.To)
                .Select(r => RouteOracle.Measure(model, r.Nodes, r.Links, cargo))
                .Select(m => (w.PerHour * m.Hours) + (w.PerUsd * m.Usd) + (w.PerKgCo2 * m.Co2Kg))
                .Order()
                .ToList();
            var routes = TryRoutes(router, c);
            if (brute.Count == 0)
            {
                return routes.All(r => r.Route.Nodes.Distinct().Count() < r.Route.Nodes.Count);
            }

            return routes.Count == Math.Min(model.Routing.K, brute.Count)
                && routes.Select((r, i) => Close(r.Cost, brute[i])).All(ok => ok)
                && routes.All(r => r.Route.Nodes.Distinct().Count() == r.Route.Nodes.Count)
                && routes.Select(r => r.Route).Distinct().Count() == routes.Count;
        }, 1000);

    [Fact]
    public void Capacity_OnRandomNetworks_EqualsTheCapacityOfACutThatDisconnects() =>
        Check(NetworkCase.Generator(), c =>
        {
            var model = c.Build();
            var router = new CorridorRouter(model);
            CapacityReport report;
            try
            {
                report = router.Capacity([c.FromId], [c.ToId]);
            }
            catch (RouteQueryException error) when (error is UnboundedCapacityException or NoPathException)
            {
                return true;
            }

            var cutLinks = report.CutLinks.ToHashSet();
            var cutNodes = report.CutNodes.ToHashSet();
            var severed = model with
            {
                Links = [.. model.Links.Select(l => cutLinks.Contains(l.Id) || cutNodes.Contains(l.From) || cutNodes.Contains(l.To) ? l with { Open = false } : l)],
            };
            bool disconnects;
            try
            {
                new CorridorRouter(severed).Capacity([c.FromId], [c.ToId]);
                disconnects = false;
            }
            catch (NoPathException)
            {
                disconnects = true;
            }

            double delivered = router.Assign([c.FromId], [c.ToId], (2 * report.MaxTonnesPerYear) + 1, RoutePreset.Cost).DeliveredTonnesPerYear;
            return report.MaxTonnesPerYear > 0
                && Close(report.MaxTonnesPerYear, report.Cut.Sum(l => l.TonnesPerYear))
                && disconnects
                && Close(delivered, report.MaxTonnesPerYear);
        });

    private static IReadOnlyList<RouteReport> TryRoutes(CorridorRouter router, NetworkCase c)
    {
        try
        {
            return router.Routes(c.FromId, c.ToId, router.Model.Routing.K);
        }
        catch (NoPathException)
        {
            return [];
        }
    }
}
