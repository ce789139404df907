namespace Corridors.Core.Model;

/// <summary>"Did you mean" for misspelt ids, keys, units and names: the closest candidate by edit distance.</summary>
public static class Suggestions
{
    /// <summary>Returns " — did you mean 'x'?" for the closest candidate within reach, or "".</summary>
    public static string DidYouMean(string written, IEnumerable<string> candidates) =>
        Closest(written, candidates) is { } best ? $" — did you mean '{best}'?" : "";

    /// <summary>
    /// Returns the candidate with the smallest edit distance (optimal string alignment: insert, delete,
    /// substitute, swap two neighbours) if it is at most max(1, a third of the longer word), or if one
    /// word begins with the other and is at most 3 letters shorter; ties go to the first in order. A case difference counts as one edit,
    /// so 'KM' finds 'km'.
    /// </summary>
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == written)
            {
                continue;
            }

            var d = Distance(written.ToLowerInvariant(), candidate.ToLowerInvariant()) + (string.Equals(written, candidate, StringComparison.OrdinalIgnoreCase) ? 1 : 0);
            var reach = Math.Max(1, Math.Max(written.Length, candidate.Length) / 3);
            if (Math.Min(written.Length, candidate.Length) >= 2 && d <= 3
                && (written.StartsWith(candidate, StringComparison.OrdinalIgnoreCase) || candidate.StartsWith(written, StringComparison.OrdinalIgnoreCase)))
            {
                reach = Math.Max(reach, d); // 'knots' → 'kn', 'rail-way' → 'rail'
            }

            if (d <= reach && d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>Returns the optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
