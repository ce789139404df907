using Corridors.Testing;

namespace Corridors.Scenarios.Tests;

/// <summary>
/// One fixture per mistake class (Invalid/) and per warning (Warnings/). Each starts with the exact
/// diagnostics it must produce, as comment lines "# expect: FILE:LINE:COLUMN: error: …", with paths
/// relative to this test project's folder; the loader must report exactly those, in that order.
/// </summary>
public sealed class FixtureTests
{
    private const string Expect = "# expect: ";

    private static readonly string Tests = Repository.File("tests", "Corridors.Scenarios.Tests");

    public static TheoryData<string> Invalid => Fixtures("Invalid");

    public static TheoryData<string> Warnings => Fixtures("Warnings");

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Load_InvalidFixture_ReportsExactlyTheExpectedErrorsAndNoModel(string fixture)
    {
        var (expected, actual, result) = Run(fixture);
        Assert.Contains(expected, e => e.Contains(": error: ", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
        Assert.Null(result.Model);
    }

    [Theory]
    [MemberData(nameof(Warnings))]
    public void Load_WarningFixture_ReportsExactlyTheExpectedWarningsAndAModel(string fixture)
    {
        var (expected, actual, result) = Run(fixture);
        Assert.NotEmpty(expected);
        Assert.All(expected, e => Assert.Contains(": warning: ", e, StringComparison.Ordinal));
        Assert.Equal(expected, actual);
        Assert.NotNull(result.Model);
    }

    private static (string[] Expected, string[] Actual, LoadResult Result) Run(string fixture)
    {
        var path = Path.Combine(Tests, fixture);
        var root = Tests + Path.DirectorySeparatorChar;
        var expected = File.ReadLines(path).Where(l => l.StartsWith(Expect, StringComparison.Ordinal)).Select(l => l[Expect.Length..]).ToArray();
        var result = ScenarioLoader.Load(path);
        var actual = result.Diagnostics.Select(d => d.ToString().Replace(root, "", StringComparison.Ordinal)).ToArray();
        return (expected, actual, result);
    }

    private static TheoryData<string> Fixtures(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Tests, folder), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.Combine(folder, Path.GetFileName(file)));
        }

        return data;
    }
}
