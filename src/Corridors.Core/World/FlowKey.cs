namespace Corridors.Core.World;

/// <summary>A corridor as reports group it: goods of one commodity from an origin to a destination.</summary>
/// <param name="Origin">Origin node id.</param>
/// <param name="Destination">Destination node id.</param>
/// <param name="Commodity">Commodity id.</param>
public sealed record FlowKey(string Origin, string Destination, string Commodity)
{
    /// <summary>Formats as <c>origin→destination (commodity)</c>.</summary>
    public override string ToString() => $"{Origin}→{Destination} ({Commodity})";
}
