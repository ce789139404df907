using System.Globalization;

namespace Corridors.Web.Runs;

/// <summary>
/// When a run stops: after <see cref="Replications"/> replications, or — with <see cref="PrecisionPercent"/> — as
/// `corridors run --precision P% --max-replications M` stops: at the smallest n ≥ 10 whose every headline
/// figure's 95 % half-width is within P % of its mean, or at the cap M (<see cref="Replications"/>).
/// </summary>
/// <param name="Replications">Replications to run, or the cap of a precision target.</param>
/// <param name="PrecisionPercent">The precision target in percent (0 &lt; P &lt; 100); null: run exactly <paramref name="Replications"/>.</param>
internal sealed record StopRule(int Replications, double? PrecisionPercent)
{
    /// <summary>The fewest replications a precision target keeps, as `corridors run --precision` does.</summary>
    public const int PrecisionMinimum = 10;

    /// <summary>Gets the rule as `corridors run` options, e.g. <c>--replications 10</c> or <c>--precision 5% --max-replications 50</c>.</summary>
    public IReadOnlyList<string> Options => PrecisionPercent is { } p
        ? ["--precision", p.ToString("0.###", CultureInfo.InvariantCulture) + "%", "--max-replications", Text(Replications)]
        : ["--replications", Text(Replications)];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
