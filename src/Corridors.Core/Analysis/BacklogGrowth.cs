using Corridors.Core.Results;

namespace Corridors.Core.Analysis;

/// <summary>
/// What a replication's backlog says about a corridor or the whole system. With B the tonnes in the
/// system at the end of the warm-up (W) and at the horizon (T), D the tonnes delivered and A the tonnes
/// generated in between, conservation gives A = D + B(T) − B(W), so the undelivered share
/// 1 − D/A = (B(T) − B(W)) / A is the part of the measured period's inflow that was not matched by
/// deliveries: about 0 in steady state, 1 − capacity/demand when demand exceeds capacity.
/// </summary>
public static class BacklogGrowth
{
    /// <summary>Gets corridor <paramref name="index"/>'s tonnes in the system at the horizon; NaN without a recorded backlog.</summary>
    public static double UndeliveredTonnes(ReplicationResult result, int index)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Backlog is { } b ? b.AtHorizon.CorridorTonnes[index] : double.NaN;
    }

    /// <summary>Gets corridor <paramref name="index"/>'s undelivered share; NaN when it generated nothing in the measured period or no backlog was recorded.</summary>
    public static double UndeliveredShare(ReplicationResult result, int index)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Backlog is not { } b)
        {
            return double.NaN;
        }

        var generated = result.Flows[index].Shipments + b.AtHorizon.CorridorShipments[index] - b.AtWarmup.CorridorShipments[index];
        return Share(b.AtHorizon.CorridorTonnes[index] - b.AtWarmup.CorridorTonnes[index], result.Flows[index].Tonnes, generated);
    }

    /// <summary>Gets the tonnes of all corridors in the system at the horizon; NaN without a recorded backlog.</summary>
    public static double SystemUndeliveredTonnes(ReplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Backlog is { } b ? b.AtHorizon.CorridorTonnes.Sum() : double.NaN;
    }

    /// <summary>Gets the undelivered share of all corridors together.</summary>
    public static double SystemUndeliveredShare(ReplicationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Backlog is not { } b)
        {
            return double.NaN;
        }

        var generated = result.Flows.Sum(f => f.Shipments) + b.AtHorizon.CorridorShipments.Sum() - b.AtWarmup.CorridorShipments.Sum();
        return Share(b.AtHorizon.CorridorTonnes.Sum() - b.AtWarmup.CorridorTonnes.Sum(), result.Flows.Sum(f => f.Tonnes), generated);
    }

    /// <summary>
    /// Gets how much the backlog at a place grew over the measured period as a share of what entered it:
    /// growth ÷ (tonnes the place moved on + growth); NaN when nothing entered.
    /// </summary>
    public static double PlaceGrowthShare(double atWarmupTonnes, double atHorizonTonnes, double movedTonnes)
    {
        var growth = atHorizonTonnes - atWarmupTonnes;
        var entered = movedTonnes + growth;
        return entered > 0 ? growth / entered : double.NaN;
    }

    private static double Share(double growthTonnes, double deliveredTonnes, long generatedShipments) =>
        generatedShipments > 0 ? growthTonnes / (deliveredTonnes + growthTonnes) : double.NaN;
}
