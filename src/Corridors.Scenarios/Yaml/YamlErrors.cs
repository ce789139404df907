using YamlDotNet.Core;

namespace Corridors.Scenarios.Yaml;

/// <summary>Words a YamlDotNet syntax error as a scenario diagnostic, with a hint for the usual cause.</summary>
internal static class YamlErrors
{
    /// <summary>Returns "YAML syntax error: …; expected …" for <paramref name="e"/> raised while reading <paramref name="text"/>.</summary>
    public static string Describe(YamlException e, string text)
    {
        var what = e.Message.TrimEnd('.', ' ');
        if (what.Length > 0)
        {
            what = char.ToLowerInvariant(what[0]) + what[1..];
        }

        var line = LineAt(text, (int)e.Start.Line);
        var hint = LooksLikeUnquotedCall(line)
            ? "text that contains ': ', such as a distribution, must be quoted: \"exp(mean: 6 h)\""
            : "well-formed YAML (check indentation, quotes and brackets on this line or the one before)";
        return $"YAML syntax error: {what}; expected {hint}";
    }

    // "time: lognormal(mean: 18 h, sd: 8 h)" unquoted: YAML reads the inner ': ' as a second key.
    private static bool LooksLikeUnquotedCall(string line)
    {
        var open = line.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && line.IndexOf(": ", open, StringComparison.Ordinal) > open
            && line.IndexOf('"', StringComparison.Ordinal) < 0 && line.IndexOf('\'', StringComparison.Ordinal) < 0;
    }

    private static string LineAt(string text, int line)
    {
        var start = 0;
        for (var i = 1; i < line && start >= 0; i++)
        {
            start = text.IndexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }

        if (start < 0 || start > text.Length)
        {
            return "";
        }

        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }
}
