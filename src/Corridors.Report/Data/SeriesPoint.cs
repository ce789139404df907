namespace Corridors.Report.Data;

/// <summary>One row of timeseries.csv.</summary>
internal sealed record SeriesPoint(string Node, double StartHours, double EndHours, string Date, double Mean, double Low, double High, double ClosedHours);
