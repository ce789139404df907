using Corridors.Web.Library;
using Corridors.Web.Web;
using Corridors.Web.WhatIf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Corridors.Web.Endpoints;

/// <summary>The what-if editor: edits → the YAML that extends the base, and any text → the diagnostics of `corridors validate`.</summary>
internal static class WhatIfEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/what-if", async (HttpContext context, ScenarioLibrary library, WebOptions options) =>
        {
            var (request, problem) = await JsonBody.ReadAsync<WhatIfRequest>(context, options);
            if (problem is not null)
            {
                return problem;
            }

            if (library.Find(request!.Base) is not { Model: not null } baseScenario)
            {
                return Problems.Line(StatusCodes.Status404NotFound, library.Unknown(request.Base));
            }

            var (yaml, problems) = WhatIfWriter.Write(baseScenario, request.Edits ?? []);
            if (yaml is null)
            {
                return Problems.Line(StatusCodes.Status422UnprocessableEntity, problems[0], problems);
            }

            return Results.Json(Validation(library, System.Text.Encoding.UTF8.GetBytes(yaml), yaml), ApiJson.Options);
        });

        app.MapPost("/api/validate", async (HttpContext context, ScenarioLibrary library, WebOptions options) =>
        {
            var (request, bytes, problem) = await JsonBody.ReadTextAsync(context, options);
            if (problem is not null)
            {
                return problem;
            }

            return Results.Json(Validation(library, bytes, request!.Text!), ApiJson.Options);
        });
    }

    /// <summary>The text with what `corridors validate what-if.yaml` would print in the library folder.</summary>
    private static object Validation(ScenarioLibrary library, byte[] bytes, string text)
    {
        var result = library.Load(bytes);
        var summary = result.ErrorCount > 0
            ? $"{ScenarioLibrary.WhatIfFile}: invalid ({Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")})"
            : $"{ScenarioLibrary.WhatIfFile}: valid ({Count(result.WarningCount, "warning")})";
        return new { Yaml = text, Valid = result.ErrorCount == 0, Summary = summary, Diagnostics = result.Diagnostics.Select(d => d.ToString()).ToList() };
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
