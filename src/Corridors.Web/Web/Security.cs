using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Corridors.Web.Web;

/// <summary>Middleware every request passes: protective headers, and the anti-forgery check of state-changing requests.</summary>
internal static class Security
{
    public static Task Headers(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "frame-ancestors 'self'";
        return next();
    }

    /// <summary>Refuses a POST (or any other method that is not GET or HEAD) without the page's token or from another origin.</summary>
    public static Task CheckPosts(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return next();
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Write(context, StatusCodes.Status403Forbidden, $"a request from another site ({origin}) is refused; use the page served at {request.Scheme}://{request.Host}/");
        }

        var token = context.RequestServices.GetRequiredService<PageToken>();
        return token.Matches(request.Headers[PageToken.Header].ToString())
            ? next()
            : Problems.Write(context, StatusCodes.Status403Forbidden, $"the request lacks this page's anti-forgery token (header {PageToken.Header}); reload the page and try again");
    }
}
