using Corridors.Web.Library;
using Corridors.Web.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Corridors.Web.Endpoints;

/// <summary>The scenario library: the list with descriptions, one scenario's elements (for the editor) and its network map.</summary>
internal static class LibraryEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/scenarios", (ScenarioLibrary library) => Results.Json(library.Scenarios.Select(s => new
        {
            s.Id,
            s.FileName,
            Name = s.Model?.Name,
            Description = s.Model?.Description ?? "(this file has errors: `corridors validate` lists them)",
            s.Base,
            Valid = s.Model is not null,
        }), ApiJson.Options));

        app.MapGet("/api/scenarios/{id}", (string id, ScenarioLibrary library) => library.Find(id) is not { Model: { } model } scenario
            ? Problems.Line(StatusCodes.Status404NotFound, library.Unknown(id))
            : Results.Json(new
            {
                scenario.Id,
                scenario.FileName,
                model.Name,
                model.Description,
                scenario.Base,
                model.Experiment.Replications,
                model.Experiment.Seed,
                StartDate = model.Experiment.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Nodes = model.Nodes.Select(n => new { n.Id, n.Name, Kind = n.Kind.ToString().ToLowerInvariant() }),
                Links = model.Links.Select(l => new { l.Id, l.From, l.To, Mode = l.Mode.ToString().ToLowerInvariant() }),
                Flows = model.Flows.Select(f => new { f.Id, f.Origin, f.Destination, f.Commodity }),
            }, ApiJson.Options));

        app.MapGet("/api/scenarios/{id}/map", (string id, ScenarioLibrary library) => library.Find(id) is not { Model: { } model }
            ? Problems.Line(StatusCodes.Status404NotFound, library.Unknown(id))
            : Results.Text(NetworkMap.Build(model).ToJsonString(), "application/json"));
    }
}
