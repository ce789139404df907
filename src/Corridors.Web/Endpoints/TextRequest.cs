namespace Corridors.Web.Endpoints;

/// <summary>POST /api/validate and /api/runs: a what-if's text; for a run also the replications and seed (defaults: the scenario's).</summary>
internal sealed record TextRequest(string? Text, int? Replications, ulong? Seed);
