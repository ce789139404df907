namespace Corridors.Core.Routing;

/// <summary>Formats and checks the node ids of queries.</summary>
internal static class IdList
{
    /// <summary>Formats one id as <c>'a'</c> and several as <c>{'a', 'b'}</c>.</summary>
    public static string Show(IReadOnlyList<string> ids) =>
        ids.Count == 1 ? $"'{ids[0]}'" : "{" + string.Join(", ", ids.Select(i => $"'{i}'")) + "}";

    /// <summary>Gets the candidate closest to <paramref name="id"/> by edit distance (first in order on ties), or null when none is within a third of its length (at least 2).</summary>
    public static string? Closest(string id, IEnumerable<string> candidates)
    {
        int limit = Math.Max(2, id.Length / 3);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int distance = EditDistance(id, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>Levenshtein distance ignoring case: the fewest insertions, deletions and substitutions turning <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
