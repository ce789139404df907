namespace Corridors.Cli.Output;

/// <summary>Prose for a terminal of a given width: wrapped at spaces, continuation lines indented under the first word.</summary>
internal static class Paragraph
{
    /// <summary>Writes <paramref name="text"/> (which starts with its own indent) in lines of at most <paramref name="width"/> characters where its words allow; continuation lines start with <paramref name="hanging"/>.</summary>
    public static void Write(TextWriter writer, string text, int width, string hanging = "")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        var indent = text[..(text.Length - text.TrimStart(' ').Length)];
        var line = indent;
        var empty = true;
        foreach (var word in text.TrimStart(' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // A word longer than a whole line stays whole: cutting an id or a number would change it.
            if (!empty && line.Length + 1 + word.Length > width)
            {
                writer.WriteLine(line);
                line = hanging;
                empty = true;
            }

            line += (empty ? "" : " ") + word;
            empty = false;
        }

        writer.WriteLine(line);
    }
}
