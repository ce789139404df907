namespace Corridors.Cluster.Hosting; internal static class Placeholder { }
