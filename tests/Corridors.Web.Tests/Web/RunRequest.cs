namespace Corridors.Web.Tests.Web;

/// <summary>The body of POST /api/runs and /api/validate as the page sends it.</summary>
internal sealed record RunRequest(string Text, int? Replications = null, ulong? Seed = null, double? PrecisionPercent = null, int? MaxReplications = null);
