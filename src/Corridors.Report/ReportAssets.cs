using System.Reflection;

namespace Corridors.Report;

/// <summary>The files a report carries inline, read from this assembly's embedded resources.</summary>
internal static class ReportAssets
{
    /// <summary>The scripts in load order: vega, then vega-lite, then vega-embed (which finds both as globals).</summary>
    public static readonly string[] Scripts = ["vega.min.js", "vega-lite.min.js", "vega-embed.min.js"];

    /// <summary>Gets the text of the embedded asset <paramref name="name"/>.</summary>
    public static string Text(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the report asset {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Gets a bundle ready to inline: the trailing source-map comment is dropped, since a page opened
    /// offline has no map to fetch and a browser with developer tools open would try.
    /// </summary>
    public static string Script(string name)
    {
        var text = Text(name).TrimEnd();
        var comment = text.LastIndexOf("\n//# sourceMappingURL=", StringComparison.Ordinal);
        return comment >= 0 ? text[..comment] : text;
    }
}
