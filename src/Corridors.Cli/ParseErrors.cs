using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Corridors.Cli;

/// <summary>
/// Turns System.CommandLine's parse errors into the one-line errors of the rest of the tool: an option value
/// that is not of its kind says what was expected in words (never a .NET type name), and an unknown option
/// or command suggests the closest name that exists.
/// </summary>
internal static class ParseErrors
{
    /// <summary>Gets one message per problem of <paramref name="parse"/>, without the "error: " prefix.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var unmatched = parse.UnmatchedTokens;
        var messages = Unmatched(parse.CommandResult, unmatched).ToList();
        if (messages.Any(m => m.StartsWith("unknown command", StringComparison.Ordinal)))
        {
            // Whatever else is wrong follows from the command not being known.
            return messages;
        }

        foreach (var error in parse.Errors)
        {
            if (IsAboutUnmatched(error, unmatched))
            {
                continue;
            }

            var message = BadValue(error.SymbolResult) ?? MissingArgument(error.SymbolResult) ?? error.Message;
            if (!messages.Contains(message, StringComparer.Ordinal))
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    /// <summary>Gets the command's name as typed, e.g. "corridors bench routing".</summary>
    public static string CommandPath(CommandResult command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var names = new List<string>();
        for (SymbolResult? s = command; s is CommandResult c; s = c.Parent)
        {
            names.Insert(0, c.Parent is null ? "corridors" : c.Command.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>Gets the name closest to <paramref name="typed"/> among <paramref name="names"/> when it is close enough to be a slip, else null.</summary>
    public static string? Closest(string typed, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var bare = typed.TrimStart('-');
        return names
            .Select(name => (Name: name, Distance: Distance(bare, name.TrimStart('-'))))
            .Where(c => c.Distance <= Math.Min(2, c.Name.TrimStart('-').Length / 3))
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    // System.CommandLine reports each unmatched token as an error of the command; those are said better below.
    private static bool IsAboutUnmatched(ParseError error, IReadOnlyList<string> unmatched) =>
        error.SymbolResult is CommandResult or null && unmatched.Any(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));

    private static IEnumerable<string> Unmatched(CommandResult command, IReadOnlyList<string> tokens)
    {
        var path = CommandPath(command);
        var options = Options(command).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).ToList();
        var afterUnknownOption = false;
        foreach (var token in tokens)
        {
            if (token.StartsWith('-') && token.Length > 1)
            {
                afterUnknownOption = true;
                yield return Closest(token, options) is { } option
                    ? $"unknown option '{token}' for '{path}'; did you mean '{option}'?"
                    : $"unknown option '{token}' for '{path}'; see '{path} --help'";
            }
            else if (afterUnknownOption)
            {
                // Most likely the value of the unknown option just before it: one message is enough.
                afterUnknownOption = false;
            }
            else if (command.Command.Subcommands.Count > 0 && !command.Children.Any())
            {
                yield return Closest(token, command.Command.Subcommands.Select(c => c.Name)) is { } name
                    ? $"unknown command '{path} {token}'; did you mean '{path} {name}'?"
                    : $"unknown command '{path} {token}'; see '{path} --help' for the commands";
                yield break;
            }
            else
            {
                yield return $"unexpected argument '{token}' for '{path}'; see '{path} --help'";
            }
        }
    }

    // A command whose required argument is missing, e.g. `corridors run` without a scenario.
    private static string? MissingArgument(SymbolResult? symbol)
    {
        var (command, missing) = symbol switch
        {
            ArgumentResult { Parent: CommandResult c } a when a.Tokens.Count < a.Argument.Arity.MinimumNumberOfValues => (c, a.Argument),
            CommandResult c => (c, c.Command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0
                && !c.Children.OfType<ArgumentResult>().Any(r => r.Argument == a && r.Tokens.Count > 0))),
            _ => (null, null),
        };
        return command is null || missing is null ? null
            : $"'{CommandPath(command)}' needs {missing.Name.ToUpperInvariant()} ({Lower(missing.Description ?? "").TrimEnd('.')})";
    }

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    // An option or argument value that is not of its kind, e.g. `-n abc`, in words instead of a .NET type name.
    private static string? BadValue(SymbolResult? symbol)
    {
        var (name, type, tokens) = symbol switch
        {
            OptionResult o => (o.Option.Name, o.Option.ValueType, o.Tokens),
            ArgumentResult { Parent: OptionResult o } => (o.Option.Name, o.Option.ValueType, o.Tokens),
            ArgumentResult a => (a.Argument.Name.ToUpperInvariant(), a.Argument.ValueType, a.Tokens),
            _ => (null, null, null),
        };
        if (name is null || type is null || tokens is not { Count: > 0 } || Expected(Nullable.GetUnderlyingType(type) ?? type) is not { } expected)
        {
            return null;
        }

        var value = tokens[^1].Value;
        return Parses(value, Nullable.GetUnderlyingType(type) ?? type) ? null : $"{name} is '{value}'; expected {expected}";
    }

    private static string? Expected(Type type) =>
        type == typeof(int) || type == typeof(long) ? "a whole number"
        : type == typeof(ulong) || type == typeof(uint) ? "a whole number ≥ 0"
        : type == typeof(double) ? "a number such as 1 or 0.5"
        : type == typeof(bool) ? "true or false"
        : null;

    private static bool Parses(string value, Type type) =>
        type == typeof(int) ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(long) ? long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(ulong) ? ulong.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(uint) ? uint.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(double) ? double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        : !(type == typeof(bool)) || bool.TryParse(value, out _);

    private static IEnumerable<Option> Options(CommandResult command)
    {
        foreach (var option in command.Command.Options)
        {
            yield return option;
        }

        for (var parent = command.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            foreach (var option in parent.Command.Options.Where(o => o.Recursive))
            {
                yield return option;
            }
        }
    }

    // The fewest single-character edits (insert, delete, replace, swap two neighbours) from one name to the other.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            for (var j = 0; j <= b.Length; j++)
            {
                d[i, j] = i == 0 ? j : j == 0 ? i : Math.Min(
                    d[i - 1, j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1),
                    Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
