using System.Text;
using static Corridors.Cli.Output.CliText;

namespace Corridors.Cli.Output.Network;

/// <summary>
/// Writes <see cref="NetworkFigures"/> in Graphviz DOT. The grammar emitted is a small subset of DOT: a
/// <c>digraph</c> whose statements are one per line, <c>ID [a="v", …];</c> for nodes and
/// <c>ID -> ID [a="v", …];</c> for links and flows, every ID and value a double-quoted string with
/// <c>"</c> and <c>\</c> escaped. Nodes carry <c>pos="longitude,latitude!"</c> so <c>neato -n</c> draws a map;
/// flows are dashed.
/// </summary>
internal static class DotWriter
{
    public static void Write(TextWriter output, NetworkFigures figures)
    {
        output.WriteLine($"digraph {Quote(figures.Model.Name)} {{");
        foreach (var (id, attributes) in figures.Nodes)
        {
            var location = figures.Model.Nodes.First(n => n.Id == id).Location;
            string position = $"{Number(location.Longitude, "R")},{Number(location.Latitude, "R")}!";
            output.WriteLine($"  {Quote(id)} [{List([.. attributes, new("pos", position)])}];");
        }

        foreach (var (id, from, to, attributes) in figures.Links)
        {
            output.WriteLine($"  {Quote(from)} -> {Quote(to)} [{List([new("id", id), .. attributes])}];");
        }

        foreach (var (id, from, to, attributes) in figures.Flows)
        {
            output.WriteLine($"  {Quote(from)} -> {Quote(to)} [{List([new("id", id), .. attributes, new("style", "dashed")])}];");
        }

        output.WriteLine("}");
    }

    /// <summary>Gets <paramref name="text"/> as a DOT double-quoted string.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (char c in text)
        {
            quoted.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", _ => c.ToString() });
        }

        return quoted.Append('"').ToString();
    }

    private static string List(IEnumerable<NetworkFigures.Attribute> attributes) =>
        string.Join(", ", attributes.Select(a => $"{a.Name}={Quote(a.Value)}"));
}
