using System.Globalization;

namespace Corridors.Core.Model.Checking;

/// <summary>Collects problems for one element at a time, with the range checks every section needs.</summary>
internal sealed class ProblemSink
{
    private readonly List<ModelProblem> _problems = [];
    private string _element = "";
    private string _id = "";

    public IReadOnlyList<ModelProblem> Problems => _problems;

    public ProblemSink For(string element, string id)
    {
        _element = element;
        _id = id;
        return this;
    }

    public void Add(string field, string message) => _problems.Add(new ModelProblem(_element, _id, field, message));

    public void Positive(string field, double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            Add(field, $"is {Show(value)}; expected a finite number > 0");
        }
    }

    public void NonNegative(string field, double value)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            Add(field, $"is {Show(value)}; expected a finite number ≥ 0");
        }
    }

    public void Fraction(string field, double value, bool allowOne)
    {
        if (!(value >= 0 && (allowOne ? value <= 1 : value < 1)))
        {
            Add(field, $"is {Show(value)}; expected a factor in [0, 1{(allowOne ? "]" : ")")}");
        }
    }

    public void AtLeastOne(string field, int value)
    {
        if (value < 1)
        {
            Add(field, $"is {value}; expected a whole number ≥ 1");
        }
    }

    public static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
