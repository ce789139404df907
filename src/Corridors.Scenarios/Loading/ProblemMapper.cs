using Corridors.Core.Model.Checking;
using Corridors.Scenarios.Text;
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
            var message = problem.Message;
            if (exact && site.Node is YScalar { IsNull: false } written && message.StartsWith("is ", StringComparison.Ordinal) && message.Contains(';', StringComparison.Ordinal))
            {
                message = $"is {written.Value}{message[message.IndexOf(';', StringComparison.Ordinal)..]}";
            }

            if (sites.ReferenceOf(problem.Field) is { } kind && site.Node is YScalar id && !context.IdsOf(kind).Contains(id.Value))
            {
                message += Suggestions.DidYouMean(id.Value, context.IdsOf(kind));
            }

            var subject = exact || problem.Field.Length == 0 ? site.Path : $"{site.Path} {Words(problem.Field)}";
            context.Bag.Error(site.Position, $"{subject} {message}");
        }
    }

    // "DurationHours.Mean" → "mean": the part of a field the file has no key for, in words.
    private static string Words(string field)
    {
        var last = field[(field.LastIndexOf('.') + 1)..];
        return string.Concat(last.Select((c, i) => char.IsUpper(c) ? (i > 0 ? " " : "") + char.ToLowerInvariant(c) : c.ToString()));
    }
}
