using System.Globalization;
using System.Text.Json;
using Corridors.Web.Endpoints;
using Microsoft.AspNetCore.Http;

namespace Corridors.Web.Web;

/// <summary>Reads a request's JSON body within the size limit; an oversized or malformed body becomes a one-line problem.</summary>
internal static class JsonBody
{
    /// <summary>The largest body read: the text limit with room for JSON escaping (every byte as \u00XX) and the other fields.</summary>
    public static long MaxBodyBytes(WebOptions options) => (6L * options.MaxTextBytes) + (64 * 1024);

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext context, WebOptions options)
        where T : class
    {
        var max = MaxBodyBytes(options);
        if (context.Request.ContentLength is { } length && length > max)
        {
            return (null, TooLarge(length, max));
        }

        using var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return (null, TooLarge(null, max));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(null, max));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.ToArray(), ApiJson.Options);
            return value is null ? (null, Problems.Line(StatusCodes.Status400BadRequest, "the request body is empty; expected a JSON object")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Line(StatusCodes.Status400BadRequest, $"the request body is not the JSON expected: {ex.Message}"));
        }
    }

    /// <summary>Reads a <see cref="TextRequest"/> and checks its text: the request with the text's UTF-8 bytes, or the one-line problem.</summary>
    public static async Task<(TextRequest? Request, byte[] Bytes, IResult? Problem)> ReadTextAsync(HttpContext context, WebOptions options)
    {
        var (request, problem) = await ReadAsync<TextRequest>(context, options);
        if (problem is not null)
        {
            return (null, [], problem);
        }

        return CheckText(request!.Text, options, out var bytes) is { } refused ? (null, [], refused) : (request, bytes, null);
    }

    /// <summary>Refuses scenario text over the limit with the size and the limit.</summary>
    public static IResult? CheckText(string? text, WebOptions options, out byte[] bytes)
    {
        bytes = System.Text.Encoding.UTF8.GetBytes(text ?? "");
        if (text is null || text.Length == 0)
        {
            return Problems.Line(StatusCodes.Status400BadRequest, "text is missing; expected the what-if scenario as YAML text");
        }

        return bytes.Length > options.MaxTextBytes
            ? Problems.Line(StatusCodes.Status413PayloadTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"the scenario text is {bytes.Length:#,0} bytes; expected at most {options.MaxTextBytes:#,0} bytes ({options.MaxTextBytes / 1024} KiB)"))
            : null;
    }

    private static IResult TooLarge(long? length, long max) => Problems.Line(StatusCodes.Status413PayloadTooLarge, length is { } known
        ? string.Create(CultureInfo.InvariantCulture, $"the request body is {known:#,0} bytes; expected at most {max:#,0} bytes")
        : string.Create(CultureInfo.InvariantCulture, $"the request body is larger than {max:#,0} bytes; expected at most that"));
}
