namespace Corridors.Core.World;

/// <summary>A demand flow has no open route from its origin to its destination.</summary>
public sealed class NoRouteException : InvalidOperationException
{
    /// <summary>Initializes the exception naming the flow and its end points.</summary>
    public NoRouteException(string flow, string origin, string destination)
        : base($"flow '{flow}' has no open route from '{origin}' to '{destination}'")
    {
        Flow = flow;
    }

    /// <summary>Gets the flow id.</summary>
    public string Flow { get; }
}
