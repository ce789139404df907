namespace Corridors.Core.Model.Checking;

/// <summary>One thing wrong with a model, located by element and field so a loader can point at the file position.</summary>
/// <param name="Element">The element's section: <c>node</c>, <c>link</c>, <c>flow</c>, <c>commodity</c>, <c>disruption</c>, <c>experiment</c>, <c>routing</c>.</param>
/// <param name="ElementId">The element's id; empty for the experiment and routing sections.</param>
/// <param name="Field">The field as a dotted path of model property names (<c>Berths.Servers</c>); empty for the whole element.</param>
/// <param name="Message">What is wrong and what was expected: <c>is 0; expected a whole number ≥ 1</c>.</param>
public sealed record ModelProblem(string Element, string ElementId, string Field, string Message)
{
    /// <summary>Formats as <c>node aktau: Berths.Servers is 0; expected …</c>.</summary>
    public override string ToString()
    {
        var where = ElementId.Length > 0 ? $"{Element} {ElementId}" : Element;
        return Field.Length > 0 ? $"{where}: {Field} {Message}" : $"{where}: {Message}";
    }
}
