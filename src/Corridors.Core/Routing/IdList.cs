namespace Corridors.Core.Routing;

/// <summary>Formats the node ids of queries.</summary>
internal static class IdList
{
    /// <summary>Formats one id as <c>'a'</c> and several as <c>{'a', 'b'}</c>.</summary>
    public static string Show(IReadOnlyList<string> ids) =>
        ids.Count == 1 ? $"'{ids[0]}'" : "{" + string.Join(", ", ids.Select(i => $"'{i}'")) + "}";
}
