using Corridors.Core.Analysis;
using Corridors.Core.Experiments;
using Corridors.Core.Model;
using Corridors.Core.Results;
using Corridors.Core.Routing;
using Corridors.Core.World;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests;

/// <summary>
/// The baseline's what-ifs react under dynamic route choice (ADR 0008), compared pair by pair with the
/// baseline (same seed and replication numbers: common random numbers) over the window that matters,
/// measured by starting the measurement at the window's start. docs/validation.md gives the figures.
/// </summary>
public sealed class DynamicChoiceScenarioTests
{
    private const int Replications = 4;

    // 4 December 2024, the start of the severe season's second window, 338 days after the start date.
    private const double IceFromHours = 338 * 24;

    [Fact]
    public void NorthernIceSevere_DuringTheIceWindow_MovesTonnesFromAstrakhanAndOlyaToMakhachkala()
    {
        var baseline = Run("caspian-baseline.yaml", m => MeasureFrom(m, IceFromHours, m.Experiment.HorizonHours));
        var severe = Run("northern-ice-severe.yaml", m => MeasureFrom(m, IceFromHours, m.Experiment.HorizonHours));

        var makhachkala = Difference(baseline, severe, "makhachkala");
        var northern = Difference(baseline, severe, "astrakhan", "olya");

        Assert.True(makhachkala.Mean - makhachkala.HalfWidth > 0, $"Makhachkala {makhachkala.Mean:N0} ± {makhachkala.HalfWidth:N0} t/yr");
        Assert.True(northern.Mean + northern.HalfWidth < 0, $"Astrakhan + Olya {northern.Mean:N0} ± {northern.HalfWidth:N0} t/yr");
    }

    [Fact]
    public void DostykClosedForAMonth_MovesTrainsToAltynkol()
    {
        // March 2024 (hours 1440–2160 of a run starting 1 January), measured over exactly that month.
        const double from = 60 * 24, to = 91 * 24;
        var baseline = Run("caspian-baseline.yaml", m => MeasureFrom(m, from, to));
        var closed = Run("caspian-baseline.yaml", m => MeasureFrom(m, from, to) with
        {
            Disruptions = [.. m.Disruptions, new Closure { Id = "dostyk-closed", Targets = ["dostyk-alashankou"], FromHours = from, ToHours = to }],
        });

        var altynkol = Difference(baseline, closed, "altynkol-khorgos");
        var dostyk = Difference(baseline, closed, "dostyk-alashankou");

        Assert.True(altynkol.Mean - altynkol.HalfWidth > 0, $"Altynkol {altynkol.Mean:N0} ± {altynkol.HalfWidth:N0} t/yr");
        Assert.True(dostyk.Mean + dostyk.HalfWidth < 0, $"Dostyk {dostyk.Mean:N0} ± {dostyk.HalfWidth:N0} t/yr");
    }

    private static ScenarioModel MeasureFrom(ScenarioModel model, double fromHours, double toHours) =>
        model with { Experiment = model.Experiment with { WarmupHours = fromHours, HorizonHours = toHours } };

    private static IReadOnlyList<ReplicationResult> Run(string file, Func<ScenarioModel, ScenarioModel> change)
    {
        var model = change(ScenarioLoader.Load(Repository.File("scenarios", file)).Model!);
        Assert.Equal(RouteChoice.Dynamic, model.Routing.Choice);
        return MonteCarloRunner.Run(CompiledScenario.Compile(model, RouteProviders.Default(model)), 0, Replications, parallelism: 2);
    }

    // ALT − BASE of the tonnes per year handled at the nodes, paired by replication, with its 95 % interval.
    private static MetricSummary Difference(IReadOnlyList<ReplicationResult> baseline, IReadOnlyList<ReplicationResult> alternative, params string[] nodes)
    {
        double Tonnes(ReplicationResult r) => nodes.Sum(id => r.Nodes.Single(n => n.Id == id).TonnesOut) * 8760 / r.MeasuredHours;
        return PairedDifference.Of(new MetricKey("node", string.Join("+", nodes), "tonnes_per_year"), [.. baseline.Select(Tonnes)], [.. alternative.Select(Tonnes)]).Difference;
    }
}
