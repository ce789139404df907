using System.Reflection;
using Corridors.Report;
using Corridors.Web.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Corridors.Web.Endpoints;

/// <summary>The page itself (embedded index.html, app.css, app.js) and the report's Vega bundles it draws with.</summary>
internal static class PageEndpoints
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        ["app.js"] = "text/javascript; charset=utf-8",
        ["app.css"] = "text/css; charset=utf-8",
    };

    public static void Map(WebApplication app)
    {
        var index = Resource("index.html");
        app.MapGet("/", (PageToken token, HttpContext context) =>
        {
            // Scripts from this server only, none inline and no eval (vega runs in its interpreter mode); styles inline for vega's tooltips.
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'self'; form-action 'none'";
            return Results.Content(index.Replace("{{token}}", token.Value, StringComparison.Ordinal), "text/html; charset=utf-8");
        });
        // Browsers ask for it; no icon rather than a 404 in every console.
        app.MapGet("/favicon.ico", () => Results.NoContent());
        foreach (var (name, type) in Types)
        {
            var text = Resource(name);
            app.MapGet("/" + name, () => Results.Content(text, type));
        }

        foreach (var name in ReportAssets.Scripts)
        {
            var script = ReportAssets.Script(name);
            app.MapGet("/vendor/" + name, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=86400";
                return Results.Content(script, "text/javascript; charset=utf-8");
            });
        }
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("web/" + name)
            ?? throw new InvalidOperationException($"the page file {name} is not embedded in Corridors.Web");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
