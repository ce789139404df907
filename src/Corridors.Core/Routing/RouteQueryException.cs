namespace Corridors.Core.Routing;

/// <summary>
/// A route or capacity query that cannot be answered because of what was asked or what the scenario
/// says (not a bug): its message is written for the user, and the command line prints it as is.
/// </summary>
public class RouteQueryException : Exception
{
    /// <summary>Initializes the exception with a message for the user.</summary>
    public RouteQueryException(string message)
        : base(message)
    {
    }
}
