using Corridors.Core.Model.Checking;
using Corridors.Scenarios.Yaml;

namespace Corridors.Scenarios.Loading;

/// <summary>
/// Reports the model checker's problems at the file positions of the values behind them, with the
/// value as written ("distance is -5 nmi") and "did you mean" for ids that name nothing. Problems with
/// a field the loader already reported are dropped.
/// </summary>
internal static class ProblemMapper
{
    /// <summary>Reports every problem of <paramref name="problems"/> through <paramref name="context"/>'s bag.</summary>
    public static void Report(IEnumerable<ModelProblem> problems, LoadContext context)
    {
        foreach (var problem in problems)
        {
            if (context.SitesOf(problem.Element, problem.ElementId) is not { } sites)
            {
                continue;
            }

            if (sites.HasFailed(problem.Field))
            {
                continue;
            }

            var site = sites.Locate(problem.Field, problem.Message, out var exact);
            var message = InFileWords(problem.Message);
            if (exact && site.Node is YScalar { IsNull: false } written && message.StartsWith("is ", StringComparison.Ordinal) && message.Contains(';', StringComparison.Ordinal))
            {
                message = $"is {written.Value}{message[message.IndexOf(';', StringComparison.Ordinal)..]}";
            }

            if (sites.ReferenceOf(problem.Field) is { } kind && site.Node is YScalar id && !context.IdsOf(kind).Contains(id.Value))
            {
                message += IdHints.DidYouMean(id.Value, context.IdsOf(kind));
            }

            var subject = exact || problem.Field.Length == 0 ? site.Path : $"{site.Path} {Words(problem.Field)}";
            context.Bag.Error(site.Position, $"{subject} {message}");
        }
    }

    // The checker names kinds and modes as C# enums ("EconomicZone", "Sea"); files write "economic-zone", "sea".
    private static string InFileWords(string message)
    {
        var words = Binding.Vocabulary.NodeKinds.Select(k => (k.Value.ToString(), k.Word))
            .Concat(Binding.Vocabulary.Modes.Select(m => (m.Value.ToString(), m.Word)))
            .ToDictionary(p => p.Item1, p => p.Word, StringComparer.Ordinal);
        var result = new System.Text.StringBuilder(message.Length);
        var i = 0;
        while (i < message.Length)
        {
            var start = i;
            while (i < message.Length && char.IsAsciiLetter(message[i]))
            {
                i++;
            }

            if (i == start)
            {
                result.Append(message[i++]);
                continue;
            }

            var word = message[start..i];
            result.Append(words.GetValueOrDefault(word, word));
        }

        return result.ToString();
    }

    // "DurationHours.Mean" → "mean": the part of a field the file has no key for, in words.
    private static string Words(string field)
    {
        var last = field[(field.LastIndexOf('.') + 1)..];
        return string.Concat(last.Select((c, i) => char.IsUpper(c) ? (i > 0 ? " " : "") + char.ToLowerInvariant(c) : c.ToString()));
    }
}
