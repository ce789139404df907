namespace Corridors.Web.Endpoints;

/// <summary>
/// POST /api/validate and /api/runs: a what-if's text; for a run also how many replications (default: the
/// scenario's) or a precision target with its cap (as `corridors run --precision P% --max-replications M`), and the seed.
/// </summary>
internal sealed record TextRequest(string? Text, int? Replications, ulong? Seed, double? PrecisionPercent = null, int? MaxReplications = null);
