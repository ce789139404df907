using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Corridors.Report.Page;

/// <summary>
/// Assembles one self-contained HTML file: the text, the chart specifications as a JSON data block,
/// the three bundles and a small script that renders every chart to SVG. The Content-Security-Policy
/// allows only these inline scripts (by hash) and inline styles and no request of any kind, so the page
/// provably works, and leaks nothing, offline. Vega renders in its CSP-safe interpreter mode (`ast`).
/// </summary>
internal static class HtmlPage
{
    private const string Render = """
        const specs = JSON.parse(document.getElementById('specs').textContent);
        const options = { ast: true, actions: false, renderer: 'svg', defaultStyle: false };
        Promise.all(Object.entries(specs).map(([id, spec]) => vegaEmbed('#' + id, spec, options)))
          .then(() => { document.body.dataset.rendered = 'yes'; })
          .catch(error => { document.body.dataset.rendered = 'error'; console.error(error); });
        """;

    private const string Style = """
        body { font: 15px/1.45 system-ui, sans-serif; color: #222; max-width: 1180px; margin: 1.5em auto; padding: 0 1em; }
        h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; }
        .meta, .note { color: #555; font-size: .92em; } .chart { margin: .5em 0; overflow-x: auto; }
        table { border-collapse: collapse; } td, th { padding: .25em .7em; border-bottom: 1px solid #e4e4e4; text-align: right; }
        td:first-child, th:first-child { text-align: left; } pre { white-space: pre-wrap; font-size: .8em; }
        #vg-tooltip-element { font: 13px system-ui, sans-serif; }
        .mark-text.role-mark { pointer-events: none; } /* labels must not hide the tooltips of the circles under them */
        """;

    /// <summary>Builds the page; <paramref name="introHtml"/> is trusted HTML made by this project.</summary>
    public static string Build(string title, string introHtml, IReadOnlyList<ChartSection> sections)
    {
        var specs = new JsonObject();
        foreach (var section in sections)
        {
            specs[section.Id] = section.Spec;
        }

        var scripts = ReportAssets.Scripts.Select(ReportAssets.Script).Append(Render).ToList();
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy(scripts)).Append("\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append("<title>").Append(Text.Html(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        page.Append(introHtml).Append('\n');
        foreach (var section in sections)
        {
            page.Append("<section>\n<h2>").Append(Text.Html(section.Heading)).Append("</h2>\n<p class=\"note\">").Append(Text.Html(section.Note))
                .Append("</p>\n<div class=\"chart\" id=\"").Append(section.Id).Append("\"></div>\n</section>\n");
        }

        page.Append("<details><summary>Third-party software and data in this file</summary><pre>")
            .Append(Text.Html(ReportAssets.Text("THIRD-PARTY-NOTICES.txt"))).Append("</pre></details>\n");
        // The default encoder escapes <, > and &, so no specification can close this element early.
        page.Append("<script type=\"application/json\" id=\"specs\">").Append(specs.ToJsonString()).Append("</script>\n");
        foreach (var script in scripts)
        {
            page.Append("<script>").Append(script).Append("</script>\n");
        }

        page.Append("</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>The Content-Security-Policy: nothing may load or connect; only these scripts may run.</summary>
    internal static string Policy(IEnumerable<string> scripts) =>
        "default-src 'none'; script-src " + string.Join(' ', scripts.Select(s => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(s)))}'"))
        + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>A page without scripts (the batch index): the same policy with no script allowed.</summary>
    public static string Static(string title, string bodyHtml) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
        + $"<title>{Text.Html(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n{bodyHtml}\n</body>\n</html>\n";
}
