namespace Corridors.Core.Model.Checking;

/// <summary>A model was given to a run or a router without passing <see cref="ModelChecker"/>; lists every problem.</summary>
public sealed class InvalidModelException : ArgumentException
{
    /// <summary>Initializes the exception with the problems found.</summary>
    public InvalidModelException(IReadOnlyList<ModelProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets the problems.</summary>
    public IReadOnlyList<ModelProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ModelProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"the model has {problems.Count} problem(s):\n  " + string.Join("\n  ", problems);
    }
}
