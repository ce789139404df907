using Corridors.Core.Reports;

namespace Corridors.Report.Data;

/// <summary>Reads network.json: the nodes' names and positions and the links' ends and modes, checking the format number.</summary>
internal static class NetworkFile
{
    public static (IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkLink> Links, string StartDate) Read(string folder)
    {
        var path = Path.Combine(folder, "network.json");
        using var network = JsonFile.Read(path);
        var n = network.RootElement;
        var format = JsonFile.Get(n, "format", path).GetInt32();
        if (format != NetworkJson.Format)
        {
            throw new ReportInputException($"{path}: format {format}; this version of corridors reads format {NetworkJson.Format}");
        }

        return (
            [.. JsonFile.Get(n, "nodes", path).EnumerateArray().Select(e => new NetworkNode(
                e.GetProperty("id").GetString()!, e.GetProperty("name").GetString()!, e.GetProperty("kind").GetString()!,
                e.GetProperty("lat").GetDouble(), e.GetProperty("lon").GetDouble()))],
            [.. JsonFile.Get(n, "links", path).EnumerateArray().Select(e => new NetworkLink(
                e.GetProperty("id").GetString()!, e.GetProperty("from").GetString()!, e.GetProperty("to").GetString()!, e.GetProperty("mode").GetString()!))],
            JsonFile.Get(n, "start_date", path).GetString() ?? "");
    }
}
