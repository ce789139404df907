namespace Corridors.Report.Data;

/// <summary>One figure of summary.json: the mean over replications and its 95 % interval (NaN where undefined).</summary>
/// <param name="Mean">The mean.</param>
/// <param name="Low">The interval's lower end.</param>
/// <param name="High">The interval's upper end.</param>
internal readonly record struct Figure(double Mean, double Low, double High)
{
    /// <summary>Gets an undefined figure.</summary>
    public static Figure None => new(double.NaN, double.NaN, double.NaN);

    /// <summary>Gets whether the mean is defined.</summary>
    public bool IsDefined => double.IsFinite(Mean);
}
