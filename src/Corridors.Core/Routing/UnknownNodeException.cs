namespace Corridors.Core.Routing;

/// <summary>A query names a node the scenario does not have; suggests the closest id when one is close.</summary>
public sealed class UnknownNodeException : RouteQueryException
{
    /// <summary>Initializes the exception for <paramref name="id"/> with an optional suggestion.</summary>
    public UnknownNodeException(string id, string? suggestion, bool isLink = false)
        : base(Describe(id, suggestion, isLink))
    {
        Id = id;
        Suggestion = suggestion;
    }

    /// <summary>Gets the unknown id.</summary>
    public string Id { get; }

    /// <summary>Gets the closest node id by edit distance, or null when none is close.</summary>
    public string? Suggestion { get; }

    private static string Describe(string id, string? suggestion, bool isLink) =>
        isLink ? $"'{id}' is a link, not a node; routes and capacities run between node ids"
        : suggestion is null ? $"unknown node '{id}'"
        : $"unknown node '{id}'; did you mean '{suggestion}'?";
}
