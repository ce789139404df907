using Corridors.Core.Model;
using Corridors.Kernel.Distributions;

namespace Corridors.Scenarios.Text;

/// <summary>
/// Parses distribution text such as <c>lognormal(mean: 18 h, sd: 8 h)</c>: named parameters, each value a
/// quantity of the context's dimension (hours for times, t or TEU for sizes). Every problem is returned
/// with its offset; parameter ranges are checked by the kernel's constructors.
/// </summary>
internal static class DistributionParser
{
    /// <summary>Returns the distribution in base units, or null with every problem in <paramref name="errors"/>.</summary>
    public static Distribution? Parse(string text, Dimension dimension, List<TextError> errors)
    {
        if (!DistributionSyntax.TryRead(text, out var name, out var nameOffset, out var arguments, out var syntaxError))
        {
            errors.Add(syntaxError);
            return null;
        }

        var kind = DistributionKind.All.FirstOrDefault(k => k.Name == name);
        if (kind is null)
        {
            var names = DistributionKind.All.Select(k => k.Name).ToList();
            errors.Add(new TextError(nameOffset,
                $"has unknown distribution '{name}'; expected one of {string.Join(", ", names)}{Suggestions.DidYouMean(name, names)}"));
            return null;
        }

        var given = Match(kind, arguments, text.TrimEnd().Length, errors);
        if (given is null)
        {
            return null;
        }

        var values = new List<IReadOnlyList<double>>();
        foreach (var (parameter, argument) in kind.Parameters.Zip(given))
        {
            var accepted = kind.Unitless.Contains(parameter) ? Dimension.None : dimension;
            var parsed = new List<double>();
            foreach (var (valueText, offset) in argument.Values)
            {
                if (QuantityParser.TryParse(valueText, [accepted], out var q, out var e))
                {
                    parsed.Add(q.Value);
                }
                else
                {
                    errors.Add(new TextError(offset + e.Offset, $"{kind.Name} {parameter} {e.Message}"));
                }
            }

            values.Add(parsed);
        }

        return errors.Count > 0 ? null : Build(kind, given, values, errors);
    }

    // Puts the arguments in parameter order; reports unknown, repeated, unnamed and missing ones.
    private static DistributionArgument[]? Match(DistributionKind kind, List<DistributionArgument> arguments, int end, List<TextError> errors)
    {
        var slots = new DistributionArgument?[kind.Parameters.Count];
        var before = errors.Count;
        foreach (var argument in arguments)
        {
            var index = argument.Name is null
                ? (kind.Positional && arguments.Count == 1 ? 0 : -2)
                : IndexOf(kind.Parameters, argument.Name);
            if (index == -2)
            {
                errors.Add(new TextError(argument.Offset, $"{kind.Name} has a parameter without a name; expected 'name: value', one of {string.Join(", ", kind.Parameters)}"));
            }
            else if (index < 0)
            {
                errors.Add(new TextError(argument.Offset,
                    $"{kind.Name} has unknown parameter '{argument.Name}'; expected {string.Join(", ", kind.Parameters)}{Suggestions.DidYouMean(argument.Name!, kind.Parameters)}"));
            }
            else if (slots[index] is not null)
            {
                errors.Add(new TextError(argument.Offset, $"{kind.Name} gives '{kind.Parameters[index]}' twice; expected each parameter once"));
            }
            else if (argument.IsList != kind.TakesList)
            {
                errors.Add(new TextError(argument.Offset, kind.TakesList
                    ? $"{kind.Name} {kind.Parameters[index]} is not a list; expected a list such as [2 h, 3 h]"
                    : $"{kind.Name} {kind.Parameters[index]} is a list; expected one value"));
            }
            else
            {
                slots[index] = argument;
            }
        }

        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] is null && errors.Count == before)
            {
                errors.Add(new TextError(Math.Max(0, end - 1), $"{kind.Name} is missing '{kind.Parameters[i]}'; expected {kind.Name}({string.Join(", ", kind.Parameters.Select(p => p + ": …"))})"));
            }
        }

        return errors.Count > before ? null : [.. slots.Select(s => s!)];
    }

    private static Distribution? Build(DistributionKind kind, DistributionArgument[] given, List<IReadOnlyList<double>> values, List<TextError> errors)
    {
        try
        {
            return kind.Build(values);
        }
        catch (ArgumentException e)
        {
            errors.Add(KernelComplaint(kind, given, values, e));
            return null;
        }
    }

    // The kernel says "sd must be a finite number ≥ 0" or "triangular needs min ≤ mode ≤ max …, got …";
    // we say which parameter, as written, and what was expected.
    private static TextError KernelComplaint(DistributionKind kind, DistributionArgument[] given, List<IReadOnlyList<double>> values, ArgumentException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        var index = e.ParamName is { } p ? IndexOf(kind.Parameters, p) : -1;
        var mustBe = index >= 0 ? message.IndexOf(" must be ", StringComparison.Ordinal) : -1;
        if (mustBe >= 0)
        {
            var argument = given[index];
            var bad = kind.TakesList ? Math.Max(0, values[index].ToList().FindIndex(v => !(v >= 0) || double.IsInfinity(v))) : 0;
            var (text, offset) = argument.Values.Count > 0 ? argument.Values[bad] : ("", argument.Offset);
            return new TextError(offset, $"{kind.Name} {kind.Parameters[index]} is '{text}'; expected {message[(mustBe + 9)..]}");
        }

        var needs = message.IndexOf(" needs ", StringComparison.Ordinal);
        var got = message.IndexOf(", got", StringComparison.Ordinal);
        var expected = needs >= 0 ? message[(needs + 7)..(got > needs ? got : message.Length)] : message;
        var shown = string.Join(", ", kind.Parameters.Zip(given).Select(pa =>
            pa.Second.IsList ? $"{pa.First} [{string.Join(", ", pa.Second.Values.Select(v => v.Text))}]" : $"{pa.First} {pa.Second.Values[0].Text}"));
        return new TextError(given.Length > 0 ? given[0].Offset : 0, $"{kind.Name} has {shown}; expected {expected}");
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
