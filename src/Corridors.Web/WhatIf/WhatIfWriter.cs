using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Corridors.Web.Library;

namespace Corridors.Web.WhatIf;

/// <summary>
/// Writes a planner's edits as a small scenario that <c>extends</c> a library scenario. Every field is
/// checked here for its shape (ids, dates, numbers in range), so nothing a browser sends reaches the YAML
/// unchecked; whether the ids exist is the scenario loader's to say, with its own messages and positions.
/// </summary>
internal static partial class WhatIfWriter
{
    /// <summary>Most edits in one what-if.</summary>
    public const int MaxEdits = 50;

    private static readonly string[] Stages = ["berths", "handling", "customs", "gauge_change", "clearance.rail", "clearance.road"];
    private static readonly string[] Modes = ["sea", "rail", "road", "river", "air"];

    /// <summary>Returns the scenario text, or the problems (one line each) when an edit is malformed.</summary>
    public static (string? Yaml, IReadOnlyList<string> Problems) Write(LibraryScenario baseScenario, IReadOnlyList<WhatIfEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(baseScenario);
        ArgumentNullException.ThrowIfNull(edits);
        var problems = new List<string>();
        if (edits.Count > MaxEdits)
        {
            return (null, [$"{edits.Count} edits; expected at most {MaxEdits}"]);
        }

        var root = new YamlTree();
        var said = new List<string>();
        for (var i = 0; i < edits.Count; i++)
        {
            var check = new EditCheck(i + 1, edits[i].Kind ?? "(none)", problems);
            var sentence = Apply(edits[i], root, check, i + 1);
            if (sentence is not null)
            {
                said.Add(sentence);
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var text = new StringBuilder();
        text.Append("# A what-if written by the Corridors web page. Run it from the folder that holds\n")
            .Append(CultureInfo.InvariantCulture, $"# {baseScenario.FileName} (the scenario library, scenarios/):\n")
            .Append(CultureInfo.InvariantCulture, $"#   corridors run {ScenarioLibrary.WhatIfFile}\n")
            .Append(CultureInfo.InvariantCulture, $"extends: {baseScenario.FileName}\n")
            .Append(CultureInfo.InvariantCulture, $"name: {baseScenario.Id}-what-if\n")
            .Append("description: ").Append(YamlTree.Quote(said.Count == 0
                ? $"{baseScenario.Id} unchanged."
                : $"{baseScenario.Id} with: {string.Join("; ", said)}.")).Append('\n');
        root.WriteTo(text);
        return (text.ToString(), []);
    }

    private static string? Apply(WhatIfEdit edit, YamlTree root, EditCheck check, int number)
    {
        switch (edit.Kind)
        {
            case "servers" when check.Id("node", edit.Node) && check.OneOf("stage", edit.Stage, Stages) && check.Range("servers", edit.Servers, 1, 10_000):
                var stage = root.Map("nodes").Map(edit.Node!);
                foreach (var part in edit.Stage!.Split('.'))
                {
                    stage = stage.Map(part);
                }

                stage.Set("servers", Number(edit.Servers!.Value));
                return $"{edit.Node} {edit.Stage} {edit.Servers} servers";
            case "capacity" when check.Id("node", edit.Node) && check.Range("factor", edit.Factor, 1e-6, 100) && check.Date("from", edit.From):
                Disruption(root, number).Set("kind", "capacity-change").Set("targets", edit.Node!).Set("at", edit.From!).Set("factor", Number(edit.Factor!.Value));
                return $"{edit.Node} capacity ×{Number(edit.Factor.Value)} from {edit.From}";
            case "close" when check.Id("target", edit.Target) && check.Date("from", edit.From) && check.Date("to", edit.To) && check.Order(edit.From!, edit.To!):
                Disruption(root, number).Set("kind", "closure").Set("targets", edit.Target!).Set("from", edit.From!).Set("to", edit.To!);
                return $"{edit.Target} closed {edit.From} – {edit.To}";
            case "scale-flow" when check.Id("flow", edit.Flow) && check.Range("factor", edit.Factor, 1e-6, 100):
                root.Map("demand").Map(edit.Flow!).Set("scale", Number(edit.Factor!.Value));
                return $"flow {edit.Flow} ×{Number(edit.Factor.Value)}";
            case "scale-all" when check.Range("factor", edit.Factor, 1e-6, 100):
                root.Set("scale_all_demand", Number(edit.Factor!.Value));
                return $"all demand ×{Number(edit.Factor.Value)}";
            case "sailing" when check.Id("link", edit.Link) && check.Range("every_hours", edit.EveryHours, 1e-3, 8760):
                root.Map("links").Map(edit.Link!).Map("carrier").Set("every", $"{Number(edit.EveryHours!.Value)} h");
                return $"{edit.Link} sails every {Number(edit.EveryHours.Value)} h";
            case "add-link" when check.Id("from_node", edit.FromNode) && check.Id("to_node", edit.ToNode) && check.OneOf("mode", edit.Mode, Modes)
                && check.Range("speed_kmh", edit.SpeedKmh, 1e-3, 1000):
                root.Map("links").Map(string.Create(CultureInfo.InvariantCulture, $"what-if-link-{number}"))
                    .Set("mode", edit.Mode!).Set("from", edit.FromNode!).Set("to", edit.ToNode!)
                    .Set("distance", "derived").Set("detour_factor", "1.25").Set("speed", $"{Number(edit.SpeedKmh!.Value)} km/h");
                return $"a new {edit.Mode} link {edit.FromNode} – {edit.ToNode}";
            case "servers" or "capacity" or "close" or "scale-flow" or "scale-all" or "sailing" or "add-link":
                return null; // the check said what is wrong
            default:
                check.Fail($"kind is '{Short(edit.Kind)}'; expected servers, capacity, close, scale-flow, scale-all, sailing or add-link");
                return null;
        }
    }

    private static YamlTree Disruption(YamlTree root, int number) =>
        root.Map("disruptions").Map(string.Create(CultureInfo.InvariantCulture, $"what-if-{number}"));

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    internal static string Short(string? text) => text is null ? "" : text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>An element id of the scenario format: letters, digits, '.', '_' and '-', 1 to 80 characters.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")]
    internal static partial Regex ElementId();
}
