using Corridors.Core.Model;

namespace Corridors.Scenarios.Loading;

/// <summary>
/// "Did you mean" for ids, which are often hyphenated names: beyond the closest spelling
/// (<see cref="Suggestions.Closest"/>), an id that adds words to a known one ('kuryk-alat-ferry' for
/// 'kuryk-alat') or leaves words out of one ('dostyk' for 'dostyk-alashankou') points at it.
/// </summary>
internal static class IdHints
{
    /// <summary>Returns the id <paramref name="written"/> most likely meant, or null.</summary>
    public static string? Closest(string written, IEnumerable<string> ids)
    {
        var known = ids as IReadOnlyCollection<string> ?? [.. ids];
        return Suggestions.Closest(written, known)
            ?? known.Where(id => written.StartsWith(id + "-", StringComparison.Ordinal)).MaxBy(id => id.Length)
            ?? known.FirstOrDefault(id => id.StartsWith(written + "-", StringComparison.Ordinal));
    }

    /// <summary>Returns " — did you mean 'x'?" for <see cref="Closest"/>, or "".</summary>
    public static string DidYouMean(string written, IEnumerable<string> ids) =>
        Closest(written, ids) is { } best ? $" — did you mean '{best}'?" : "";
}
