using System.Text.RegularExpressions;
using Corridors.Testing;

namespace Corridors.Scenarios.Tests;

/// <summary>The repository's docs and scenarios cite only files inside the repository, and their relative links resolve.</summary>
public sealed partial class DocsStandAloneTests
{
    public static TheoryData<string> Files => [.. Directory.GetFiles(Repository.File("docs"), "*.md")
        .Concat(Directory.GetFiles(Repository.File("scenarios"), "*.yaml"))
        .Append(Repository.File("README.md"))
        .Select(f => Path.GetRelativePath(Repository.File(), f))];

    [Theory]
    [MemberData(nameof(Files))]
    public void File_NamesNoFileOutsideTheRepository(string file)
    {
        var text = File.ReadAllText(Repository.File(file));
        Assert.Empty(OutsideReference().Matches(text).Select(m => m.Value));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_RelativeMarkdownLinksResolve(string file)
    {
        var folder = Path.GetDirectoryName(Repository.File(file))!;
        var dangling = MarkdownLink().Matches(File.ReadAllText(Repository.File(file)))
            .Select(m => m.Groups["target"].Value)
            .Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith('#') && !t.StartsWith("mailto:", StringComparison.Ordinal))
            .Select(t => t.Split('#')[0])
            .Where(t => !File.Exists(Path.Combine(folder, t)) && !Directory.Exists(Path.Combine(folder, t)));
        Assert.Empty(dangling);
    }

    [GeneratedRegex(@"shared/[\w./-]*|domain-facts(\.md)?|DESIGN\.md|STYLE\.md|/work/[\w./-]*|(\.\./){2,}[\w./-]*")]
    private static partial Regex OutsideReference();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
