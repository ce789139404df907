using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Corridors.Cluster.Contracts;

/// <summary>
/// Writes an object tree as one canonical text: every public readable property, by runtime type,
/// in name order; doubles in round-trip form; lists in order. Two models that would simulate the same
/// give the same text, whatever file layout, comments or key order produced them.
/// </summary>
internal static class CanonicalText
{
    private const int MaxDepth = 32;

    /// <summary>Returns the canonical text of <paramref name="value"/>.</summary>
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(text, value, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"the model is nested deeper than {MaxDepth} levels; expected a tree of records");
        }

        switch (value)
        {
            case null:
                text.Append('~');
                return;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                return;
            case double d:
                text.Append(d.ToString("R", CultureInfo.InvariantCulture));
                return;
            case float f:
                text.Append(f.ToString("R", CultureInfo.InvariantCulture));
                return;
            case Enum e:
                text.Append(e.ToString());
                return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal or DateOnly or TimeSpan or DateTime:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(text, item, depth + 1);
                    text.Append(',');
                }

                text.Append(']');
                return;
            default:
                WriteObject(text, value, depth);
                return;
        }
    }

    private static void WriteObject(StringBuilder text, object value, int depth)
    {
        var type = value.GetType();
        text.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            text.Append(property.Name).Append('=');
            Write(text, property.GetValue(value), depth + 1);
            text.Append(';');
        }

        text.Append('}');
    }
}
