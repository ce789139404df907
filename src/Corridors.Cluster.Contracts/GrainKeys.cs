using System.Globalization;

namespace Corridors.Cluster.Contracts;

/// <summary>How grains of one experiment are keyed, in one place.</summary>
public static class GrainKeys
{
    /// <summary>The key of the work board.</summary>
    public const long Board = 0;

    /// <summary>The key of replication <paramref name="replication"/> of <paramref name="experiment"/>.</summary>
    public static string Replication(string experiment, int replication) =>
        string.Create(CultureInfo.InvariantCulture, $"{experiment}/{replication:D5}");

    /// <summary>The key of facility <paramref name="node"/> of <paramref name="experiment"/>.</summary>
    public static string Facility(string experiment, string node) => $"{experiment}/{node}";

    /// <summary>The key of corridor <paramref name="corridor"/> of <paramref name="experiment"/>.</summary>
    public static string Corridor(string experiment, string corridor) => $"{experiment}/{corridor}";
}
