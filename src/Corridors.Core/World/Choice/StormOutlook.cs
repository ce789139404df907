using Corridors.Core.Model;

namespace Corridors.Core.World.Choice;

/// <summary>
/// What storms cost a shipment on average, per facility and calendar month: in a storm month a facility is
/// closed a share p = E[D] / (E[I] + E[D]) of the time and an arrival then waits E[D]/2 on average, so a
/// closing storm adds p · E[D]/2 hours; one that only reduces capacity to f stretches p · (1/f − 1) of
/// the facility's hours. Also the mean duration, for a storm in progress. Built once per scenario.
/// </summary>
internal sealed class StormOutlook
{
    private readonly double[][] _waitHours;
    private readonly double[][] _stretch;

    public StormOutlook(CompiledScenario scenario)
    {
        var model = scenario.Model;
        var targeting = scenario.NodeDisruptions.Concat(scenario.LinkDisruptions).ToArray();
        _waitHours = new double[targeting.Length][];
        _stretch = new double[targeting.Length][];
        MeanDuration = new double[targeting.Length];
        for (var f = 0; f < targeting.Length; f++)
        {
            var storms = targeting[f].Select(d => model.Disruptions[d]).OfType<StormProcess>().ToList();
            _waitHours[f] = new double[12];
            _stretch[f] = new double[12];
            foreach (var storm in storms)
            {
                var duration = storm.DurationHours.Mean;
                var share = duration / (storm.IntervalHours.Mean + duration);
                MeanDuration[f] = Math.Max(MeanDuration[f], duration);
                for (var m = 0; m < 12; m++)
                {
                    if (storm.Months is null || storm.Months.Contains(m + 1))
                    {
                        _waitHours[f][m] += storm.CapacityFactor == 0 ? share * duration / 2 : 0;
                        _stretch[f][m] += storm.CapacityFactor == 0 ? 0 : share * ((1 / storm.CapacityFactor) - 1);
                    }
                }
            }
        }
    }

    /// <summary>Gets the longest mean storm duration at each facility (0 without storms).</summary>
    public double[] MeanDuration { get; }

    /// <summary>Gets the long-run storm delay at <paramref name="facility"/> in <paramref name="month"/> (1–12) for a stay of <paramref name="baseHours"/>.</summary>
    public double Delay(int facility, int month, double baseHours) =>
        MeanDuration[facility] == 0 ? 0 : _waitHours[facility][month - 1] + (_stretch[facility][month - 1] * baseHours);
}
