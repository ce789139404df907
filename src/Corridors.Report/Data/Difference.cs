namespace Corridors.Report.Data;

/// <summary>One row of compare.csv: ALT − BASE of one figure with its 95 % paired half-width.</summary>
internal sealed record Difference(string Alternative, string Scope, string Id, string Measure, double BaseMean, double AltMean, double Mean, double HalfWidth, double Relative, bool Significant)
{
    public double Low => Mean - HalfWidth;

    public double High => Mean + HalfWidth;
}
