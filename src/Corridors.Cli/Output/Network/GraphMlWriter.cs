using System.Xml;

namespace Corridors.Cli.Output.Network;

/// <summary>
/// Writes <see cref="NetworkFigures"/> as GraphML (for Gephi and yEd): one directed graph, a key per
/// attribute, nodes for the scenario's nodes, edges for its links and flows.
/// </summary>
internal static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(TextWriter output, NetworkFigures figures)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, NewLineChars = "\n", CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        Keys(xml, "node", "n", NetworkFigures.NodeKeys);
        Keys(xml, "edge", "e", NetworkFigures.EdgeKeys);
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", figures.Model.Name);
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var (id, attributes) in figures.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", id);
            Data(xml, "n", attributes);
            xml.WriteEndElement();
        }

        foreach (var (id, from, to, attributes) in figures.Links.Concat(figures.Flows))
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("source", from);
            xml.WriteAttributeString("target", to);
            Data(xml, "e", attributes);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Keys(XmlWriter xml, string domain, string prefix, (string Name, string Type)[] keys)
    {
        foreach (var (name, type) in keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", $"{prefix}.{name}");
            xml.WriteAttributeString("for", domain);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
    }

    private static void Data(XmlWriter xml, string prefix, IReadOnlyList<NetworkFigures.Attribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", $"{prefix}.{attribute.Name}");
            xml.WriteString(attribute.Value);
            xml.WriteEndElement();
        }
    }
}
