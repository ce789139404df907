namespace Corridors.Cluster.Grains; internal static class Placeholder { }
