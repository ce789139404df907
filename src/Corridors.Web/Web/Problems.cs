using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Corridors.Web.Web;

/// <summary>Every refusal and failure as a problem-details object whose detail is one line; never a stack trace.</summary>
internal static class Problems
{
    /// <summary>Gets a problem response of <paramref name="status"/> saying <paramref name="detail"/>.</summary>
    public static IResult Line(int status, string detail, IReadOnlyList<string>? diagnostics = null) =>
        Results.Problem(detail: OneLine(detail), statusCode: status, title: ReasonPhrases.GetReasonPhrase(status),
            extensions: diagnostics is null ? null : new Dictionary<string, object?> { ["diagnostics"] = diagnostics });

    /// <summary>Writes a problem straight to <paramref name="context"/> (middleware, before any endpoint).</summary>
    public static Task Write(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return Line(status, detail).ExecuteAsync(context);
    }

    /// <summary>The last resort: an exception escaped an endpoint. The page gets one line; the console gets the type and message.</summary>
    public static async Task Internal(HttpContext context, TextWriter errors)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (error is BadHttpRequestException bad)
        {
            // Kestrel's own refusals (a body over its hard limit, a malformed request) are the client's.
            await Write(context, bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "the request body is too large" : OneLine(bad.Message));
            return;
        }

        await errors.WriteLineAsync($"internal error on {context.Request.Method} {context.Request.Path}: {error?.GetType().Name}: {OneLine(error?.Message ?? "")}");
        await Write(context, StatusCodes.Status500InternalServerError, "internal error on the server; its console has one line on it");
    }

    /// <summary>A bare status (an unknown address, a wrong method) as a problem.</summary>
    public static Task FromStatus(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var detail = status switch
        {
            StatusCodes.Status404NotFound => $"nothing at {context.Request.Path}; the page is at /",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not accepted at {context.Request.Path}",
            _ => ReasonPhrases.GetReasonPhrase(status),
        };
        return Line(status, detail).ExecuteAsync(context);
    }

    private static string OneLine(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 400 ? line[..400] + "…" : line;
    }
}
