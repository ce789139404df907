using System.Text.Json;
using Corridors.Cluster.Contracts;
using Corridors.Cluster.Hosting;
using Corridors.Web.Library;
using Corridors.Web.Runs;
using Corridors.Web.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Corridors.Web.Endpoints;

/// <summary>Runs: submit, follow (status and server-sent events), the files and reports they wrote, and a facility's figures.</summary>
internal static class RunEndpoints
{
    /// <summary>The files of a run the page offers, by the name in its address: (folder under the run, file, content type).</summary>
    private static readonly Dictionary<string, (string Folder, string File, string Type)> Files = new(StringComparer.Ordinal)
    {
        ["report"] = ("run", "report.html", "text/html; charset=utf-8"),
        ["comparison"] = ("compare", "report.html", "text/html; charset=utf-8"),
        ["summary.json"] = ("run", "summary.json", "application/json"),
        ["compare.csv"] = ("compare", "compare.csv", "text/csv; charset=utf-8"),
        ["what-if.yaml"] = ("scenario", ScenarioLibrary.WhatIfFile, "application/yaml; charset=utf-8"),
    };

    public static void Map(WebApplication app)
    {
        app.MapPost("/api/runs", async (HttpContext context, RunBoard board, WebOptions options) =>
        {
            var (request, bytes, problem) = await JsonBody.ReadTextAsync(context, options);
            if (problem is not null)
            {
                return problem;
            }

            var (plan, problems) = RunPlans.Create(board.Library, options, bytes, request!);
            if (plan is null)
            {
                return Problems.Line(StatusCodes.Status422UnprocessableEntity, problems[0], problems);
            }

            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var (run, existing, refusal) = board.Submit(plan, client);
            return run is null
                ? Problems.Line(StatusCodes.Status429TooManyRequests, refusal!)
                : Results.Json(run.Status, ApiJson.Options, statusCode: existing ? StatusCodes.Status200OK : StatusCodes.Status202Accepted);
        });

        app.MapGet("/api/runs/{id}", (string id, RunBoard board) => board.Find(id) is { } run
            ? Results.Json(run.Status, ApiJson.Options)
            : Unknown(id));

        app.MapGet("/api/runs/{id}/events", async (string id, RunBoard board, HttpContext context) =>
        {
            if (board.Find(id) is not { } run)
            {
                await Unknown(id).ExecuteAsync(context);
                return;
            }

            await Events(run, context);
        });

        app.MapGet("/api/runs/{id}/facilities/{node}", async (string id, string node, RunBoard board, ExperimentGateway gateway, HttpContext context) =>
        {
            if (board.Find(id) is not { } run)
            {
                return Unknown(id);
            }

            var unknownNode = Problems.Line(StatusCodes.Status404NotFound, $"no node '{WhatIf.WhatIfWriter.Short(node)}' in this run's scenario");
            if (run.IsFinished)
            {
                // The run's own figures, from its outputs: the same after a restart of the server.
                return StoredFacility.Read(board.Folder(id)!, node) is { } stored ? Results.Json(stored, ApiJson.Options) : unknownNode;
            }

            if (run.Plan is null || run.ExperimentKey is null || run.IsOver)
            {
                return Problems.Line(StatusCodes.Status409Conflict, $"run {id} is {run.Status.State}; it has no facility figures");
            }

            if (!run.Plan.Model.Nodes.Any(n => n.Id == node))
            {
                return unknownNode;
            }

            FiguresReport report;
            try
            {
                report = await gateway.FacilityAsync(run.ExperimentKey, node, context.RequestAborted);
            }
            catch (ClusterUnavailableException ex)
            {
                return Problems.Line(StatusCodes.Status503ServiceUnavailable, ex.Message);
            }

            return Results.Json(new FacilityView(report.Id, report.Description, report.Replications,
                [.. report.Figures.Select(f => new FacilityFigure(f.Name, Finite(f.Mean), Finite(f.HalfWidth), f.N))]), ApiJson.Options);
        });

        app.MapGet("/api/runs/{id}/{file}", (string id, string file, RunBoard board) =>
        {
            if (board.Find(id) is not { } run)
            {
                return Unknown(id);
            }

            if (!Files.TryGetValue(file, out var what))
            {
                return Problems.Line(StatusCodes.Status404NotFound, $"a run has no '{WhatIf.WhatIfWriter.Short(file)}'; expected one of {string.Join(", ", Files.Keys)}");
            }

            var path = Path.Combine(board.Folder(id)!, what.Folder, what.File);
            if (!File.Exists(path))
            {
                return Problems.Line(StatusCodes.Status409Conflict, $"run {id} is {run.Status.State}; its {file} is written when it finishes");
            }

            return Results.File(path, what.Type, file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".csv", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal) ? file : null);
        });
    }

    private static IResult Unknown(string id) =>
        Problems.Line(StatusCodes.Status404NotFound, $"no run '{WhatIf.WhatIfWriter.Short(id)}'; expected the 32-hex id a run request answered");

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    // One event per change of the run's state; the stream ends when the run is over.
    private static async Task Events(WebRun run, HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var seen = -1;
        var stopping = context.RequestAborted;
        try
        {
            while (true)
            {
                var status = run.Status;
                if (status.Version != seen)
                {
                    seen = status.Version;
                    await context.Response.WriteAsync($"event: progress\ndata: {JsonSerializer.Serialize(status, ApiJson.Options)}\n\n", stopping);
                    await context.Response.Body.FlushAsync(stopping);
                }

                if (status.State is "finished" or "failed")
                {
                    return;
                }

                await run.WaitForChangeAsync(seen, stopping);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser went away.
        }
    }
}
