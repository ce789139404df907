using System.Globalization;

namespace Corridors.Scenarios.Plans;

/// <summary>
/// A batch plan: a base scenario and a grid of parameter values over it. Every combination is a
/// point, run as its own scenario that extends the base. Points come in grid order, the last
/// parameter varying fastest.
/// </summary>
/// <param name="Name">The plan's name (kebab-case), the prefix of its points' names.</param>
/// <param name="PlanFile">The plan file's full path.</param>
/// <param name="BaseScenario">The base scenario's full path.</param>
/// <param name="Replications">Replications per point, or null for the base's.</param>
/// <param name="Parameters">The swept parameters in file order.</param>
public sealed record BatchPlan(string Name, string PlanFile, string BaseScenario, int? Replications, IReadOnlyList<PlanParameter> Parameters)
{
    /// <summary>Gets every point of the grid.</summary>
    public IReadOnlyList<PlanPoint> Points()
    {
        var total = Parameters.Aggregate(1, (n, p) => n * p.Values.Count);
        var width = total.ToString(CultureInfo.InvariantCulture).Length;
        var points = new List<PlanPoint>(total);
        for (var i = 0; i < total; i++)
        {
            var assignments = new (string, string)[Parameters.Count];
            var rest = i;
            for (var p = Parameters.Count - 1; p >= 0; p--)
            {
                var values = Parameters[p].Values;
                assignments[p] = (Parameters[p].Path, values[rest % values.Count]);
                rest /= values.Count;
            }

            points.Add(new PlanPoint(string.Create(CultureInfo.InvariantCulture, $"{Name}-{(i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}"), assignments));
        }

        return points;
    }
}
