namespace Corridors.Core.Routing;

/// <summary>No open route joins the nodes of a query (for sets: no node of one set reaches any of the other).</summary>
public sealed class NoPathException : RouteQueryException
{
    /// <summary>Initializes the exception naming both ends.</summary>
    public NoPathException(IReadOnlyList<string> from, IReadOnlyList<string> to)
        : base($"no open route from {IdList.Show(from)} to {IdList.Show(to)}")
    {
        From = from;
        To = to;
    }

    /// <summary>Gets the ids goods would leave from.</summary>
    public IReadOnlyList<string> From { get; }

    /// <summary>Gets the ids goods would go to.</summary>
    public IReadOnlyList<string> To { get; }
}
