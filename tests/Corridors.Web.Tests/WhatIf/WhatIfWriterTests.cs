using Corridors.Core.Model;
using Corridors.Testing;
using Corridors.Web.Library;
using Corridors.Web.WhatIf;

namespace Corridors.Web.Tests.WhatIf;

public sealed class WhatIfWriterTests
{
    private static readonly ScenarioLibrary Library = ScenarioLibrary.Read(Repository.File("scenarios"));

    private static readonly WhatIfEdit CloseDostykForMarch = new() { Kind = "close", Target = "dostyk-alashankou", From = "2024-03-01", To = "2024-03-31" };

    [Fact]
    public void Write_CloseDostykForMarch_IsTheHandWrittenScenario()
    {
        var (yaml, problems) = WhatIfWriter.Write(Library.Find("caspian-baseline")!, [CloseDostykForMarch]);

        Assert.Empty(problems);
        Assert.Equal(
            """
            # A what-if written by the Corridors web page. Run it from the folder that holds
            # caspian-baseline.yaml (the scenario library, scenarios/):
            #   corridors run what-if.yaml
            extends: caspian-baseline.yaml
            name: caspian-baseline-what-if
            description: "caspian-baseline with: dostyk-alashankou closed 2024-03-01 – 2024-03-31."
            disruptions:
              what-if-1:
                kind: closure
                targets: dostyk-alashankou
                from: 2024-03-01
                to: 2024-03-31

            """.ReplaceLineEndings("\n"), yaml);
    }

    [Fact]
    public void Write_CloseDostykForMarch_LoadsAsTheBaseWithOneClosureInMarch()
    {
        var (yaml, _) = WhatIfWriter.Write(Library.Find("caspian-baseline")!, [CloseDostykForMarch]);

        var result = Library.Load(System.Text.Encoding.UTF8.GetBytes(yaml!));

        Assert.Equal(0, result.ErrorCount);
        var baseModel = Library.Find("caspian-baseline")!.Model!;
        var added = Assert.Single(result.Model!.Disruptions, d => !baseModel.Disruptions.Any(b => b.Id == d.Id));
        var closure = Assert.IsType<Closure>(added);
        Assert.Equal(["dostyk-alashankou"], closure.Targets);

        // The scenario starts 2024-01-01: March 1 is 31 + 29 days later (a leap year); March 31 ends 91 days in.
        Assert.Equal(60 * 24, closure.FromHours);
        Assert.Equal(91 * 24, closure.ToHours);
        Assert.Equal(baseModel.Nodes.Count, result.Model.Nodes.Count);
    }

    [Fact]
    public void Write_WithMalformedFields_SaysWhichEditAndWhatWasExpected()
    {
        WhatIfEdit[] edits =
        [
            new() { Kind = "close", Target = "../etc/passwd", From = "2024-03-01", To = "2024-03-31" },
            new() { Kind = "scale-all", Factor = -1 },
            new() { Kind = "teleport" },
        ];

        var (yaml, problems) = WhatIfWriter.Write(Library.Find("caspian-baseline")!, edits);

        Assert.Null(yaml);
        Assert.Equal(
            [
                "edit 1 (close): target is '../etc/passwd'; expected an id of the scenario (letters, digits, '.', '_', '-')",
                "edit 2 (scale-all): factor is -1; expected a number from 1E-06 to 100",
                "edit 3 (teleport): kind is 'teleport'; expected servers, capacity, close, scale-flow, scale-all, sailing or add-link",
            ],
            problems);
    }
}
