namespace Corridors.Report.Tests;

/// <summary>One <see cref="ReportOutputs"/> (one run of each scenario) for every test class that reads the reports.</summary>
[CollectionDefinition(Name)]
public sealed class SharedReportOutputs : ICollectionFixture<ReportOutputs>
{
    public const string Name = "report outputs";
}
