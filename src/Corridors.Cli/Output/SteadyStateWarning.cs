using System.Globalization;
using Corridors.Core.Analysis;
using Spectre.Console;

namespace Corridors.Cli.Output;

/// <summary>
/// The one line `run` prints before its tables when the backlog kept growing: how far deliveries fell
/// short, where the goods pile up, and which figures below are not settled results.
/// </summary>
internal static class SteadyStateWarning
{
    private const int Named = 3;

    /// <summary>Writes the warning line when the steady state does not hold; nothing otherwise.</summary>
    public static void Write(IAnsiConsole console, ExperimentSummary summary)
    {
        if (Line(summary.SteadyState) is { } line)
        {
            // Past Spectre's word wrap: one line however narrow the table width, so `grep ^WARNING` finds all of it.
            console.Profile.Out.Writer.WriteLine(line);
            console.WriteLine();
        }
    }

    /// <summary>Gets the warning line, or null when the steady state holds.</summary>
    public static string? Line(SteadyState state)
    {
        if (state.Holds)
        {
            return null;
        }

        var parts = new List<string> { "WARNING: no steady state: " + Shortfall(state) };
        if (state.Places.Count > 0)
        {
            parts.Add("the backlog grows at " + List(state.Places.Select(Place), state.Places.Count, ""));
        }

        var transit = state.Corridors.Count == 0 ? null
            : "transit times of " + List(state.Corridors.Select(c => c.Id), state.Corridors.Count, " corridors");
        var settled = (transit, state.Places.Count) switch
        {
            (null, 0) => "waits and transit times",
            (null, _) => "waits and queues at these places",
            (_, 0) => transit,
            _ => transit + " and waits at these places",
        };
        parts.Add(settled + " are not settled results: " + SteadyStateCheck.Cause(state.AtCapacity) + " (summary.json: steady_state)");
        return string.Join("; ", parts) + ".";
    }

    private static string Shortfall(SteadyState state) =>
        SteadyStateCheck.Grows(state.UndeliveredShare)
            ? Text($"deliveries fell {Percent(state.UndeliveredShare.Mean)} short of the tonnes generated after the warm-up")
            : Text($"{state.Corridors[0].Id} delivered {Percent(state.Corridors[0].Share.Mean)} less than it generated after the warm-up");

    private static string Place(GrowingBacklog place) => double.IsNaN(place.Busy) ? place.Id
        : place.Scope == "node" ? Text($"{place.Id} (busy {Percent(place.Busy)})") : Text($"{place.Id} (carriers {Percent(place.Busy)} full)");

    private static string List(IEnumerable<string> names, int count, string what) =>
        string.Join(", ", names.Take(Named)) + (count > Named ? Text($" (+{count - Named} more{what})") : "");

    private static string Percent(double fraction) => Figures.Percent(fraction);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
