namespace Corridors.Web.Runs;

/// <summary>The headline figure (goods delivered, Mt/yr) over the first <paramref name="N"/> replications.</summary>
/// <param name="N">Replications 0 … N − 1 counted.</param>
/// <param name="Mean">Their mean, Mt/yr.</param>
/// <param name="HalfWidth">The 95 % Student-t half-width, Mt/yr; null for one replication.</param>
internal sealed record HeadlinePoint(int N, double Mean, double? HalfWidth);
