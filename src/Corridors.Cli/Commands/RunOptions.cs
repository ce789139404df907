using System.Globalization;

namespace Corridors.Cli.Commands;

/// <summary>The options of `corridors run`, checked.</summary>
internal sealed record RunOptions(int? Replications, double? Precision, int MaxReplications, ulong? Seed, int Parallel, string? OutputDirectory)
{
    /// <summary>Gets the step of timeseries.csv in days (≥ 0; 0 records no series): a week or more keeps 10,000-node networks small.</summary>
    public double SeriesStepDays { get; init; } = 1;

    /// <summary>Gets whether tables show every column however wide they get (else they fit the console's width).</summary>
    public bool Wide { get; init; }

    /// <summary>Checks the raw option values; on failure says what is wrong and what was expected.</summary>
    public static bool TryCreate(int? replications, string? precision, int maxReplications, ulong? seed, int parallel, string? output,
        out RunOptions options, out string problem)
    {
        options = new RunOptions(replications, null, maxReplications, seed, parallel, output);
        problem = "";
        if (replications is < 1)
        {
            problem = $"--replications is {replications}; expected a whole number ≥ 1";
        }
        else if (parallel < 1)
        {
            problem = $"--parallel is {parallel}; expected a whole number ≥ 1";
        }
        else if (precision is not null && replications is not null)
        {
            problem = "--replications and --precision both given; expected one of them";
        }
        else if (precision is not null && !TryParseFraction(precision, out var fraction))
        {
            problem = $"--precision is '{precision}'; expected a percentage between 0 and 100 such as 5% (or a fraction such as 0.05)";
        }
        else if (precision is not null && maxReplications < 10)
        {
            problem = $"--max-replications is {maxReplications}; expected at least 10";
        }
        else
        {
            options = options with { Precision = precision is null ? null : ParseFraction(precision) };
            return true;
        }

        return false;
    }

    private static double ParseFraction(string text) => TryParseFraction(text, out var f) ? f : double.NaN;

    private static bool TryParseFraction(string text, out double fraction)
    {
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        var number = percent ? trimmed[..^1].TrimEnd() : trimmed;
        fraction = double.NaN;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        fraction = percent ? value / 100 : value;
        return fraction > 0 && fraction < 1;
    }
}
