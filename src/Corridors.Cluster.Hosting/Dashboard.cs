namespace Corridors.Cluster.Hosting;

/// <summary>The Orleans dashboard of a silo.</summary>
internal static class Dashboard
{
    public static void Add(ISiloBuilder silo, int port)
    {
        ArgumentNullException.ThrowIfNull(silo);
        throw new NotSupportedException($"--dashboard {port}: the dashboard is not available in this build");
    }
}
