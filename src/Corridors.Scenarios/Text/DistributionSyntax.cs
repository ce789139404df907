namespace Corridors.Scenarios.Text;

/// <summary>
/// Reads the shape of a distribution call, <c>NAME ( [ARG {, ARG}] )</c> with <c>ARG = [NAME :] VALUE</c> and
/// <c>VALUE = TEXT | [ TEXT {, TEXT} ]</c>, keeping the offset of every part. Values are left as text for
/// <see cref="QuantityParser"/>. A hand-written scanner, so every error has an exact column.
/// </summary>
internal sealed class DistributionSyntax
{
    private readonly string _text;
    private int _at;

    private DistributionSyntax(string text) => _text = text;

    /// <summary>Splits <paramref name="text"/> into its name and arguments, or explains at which offset it is malformed.</summary>
    public static bool TryRead(string text, out string name, out int nameOffset, out List<DistributionArgument> arguments, out TextError error)
    {
        var syntax = new DistributionSyntax(text);
        arguments = [];
        syntax.Spaces();
        nameOffset = syntax._at;
        name = syntax.Word();
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            error = new TextError(nameOffset, $"is '{text.Trim()}', which is not a distribution; expected e.g. \"exp(mean: 6 h)\"");
            return false;
        }

        return syntax.Arguments(name, arguments, out error);
    }

    private bool Arguments(string name, List<DistributionArgument> arguments, out TextError error)
    {
        Spaces();
        if (!Take('('))
        {
            error = new TextError(_at, $"has {Here()} after '{name}'; expected '(' and parameters, e.g. \"{name}(…)\"");
            return false;
        }

        Spaces();
        if (Take(')'))
        {
            return End(out error);
        }

        while (true)
        {
            if (!Argument(arguments, out error))
            {
                return false;
            }

            Spaces();
            if (Take(')'))
            {
                return End(out error);
            }

            if (!Take(','))
            {
                error = new TextError(_at, $"has {Here()} after a parameter; expected ',' or ')'");
                return false;
            }

            Spaces();
        }
    }

    private bool Argument(List<DistributionArgument> arguments, out TextError error)
    {
        var start = _at;
        var word = Word();
        Spaces();
        string? name = null;
        if (word.Length > 0 && Take(':'))
        {
            name = word;
            Spaces();
        }
        else
        {
            _at = start;
        }

        var values = new List<(string, int)>();
        var isList = Take('[');
        if (isList)
        {
            Spaces();
            while (!Take(']'))
            {
                if (_at >= _text.Length)
                {
                    error = new TextError(_at, "has a list with no closing ']'; expected ']'");
                    return false;
                }

                values.Add(Value(']'));
                Spaces();
                _ = Take(',');
                Spaces();
            }
        }
        else
        {
            values.Add(Value(')'));
        }

        arguments.Add(new DistributionArgument(name, start, values, isList));
        error = default;
        return true;
    }

    // A value runs to the next ',' or the closer; an empty value is caught later as "is empty".
    private (string, int) Value(char closer)
    {
        var start = _at;
        while (_at < _text.Length && _text[_at] != ',' && _text[_at] != closer && _text[_at] != ')')
        {
            _at++;
        }

        return (_text[start.._at].TrimEnd(), start);
    }

    private bool End(out TextError error)
    {
        Spaces();
        error = _at < _text.Length ? new TextError(_at, $"has '{_text[_at..].Trim()}' after ')'; expected nothing") : default;
        return _at >= _text.Length;
    }

    private string Word()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] == '_'))
        {
            _at++;
        }

        return _text[start.._at];
    }

    private bool Take(char c)
    {
        if (_at < _text.Length && _text[_at] == c)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void Spaces()
    {
        while (_at < _text.Length && _text[_at] == ' ')
        {
            _at++;
        }
    }

    private string Here() => _at < _text.Length ? $"'{_text[_at]}'" : "nothing";
}
