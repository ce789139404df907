namespace Corridors.Cluster.Contracts; internal static class Placeholder { }
