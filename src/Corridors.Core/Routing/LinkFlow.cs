namespace Corridors.Core.Routing;

/// <summary>The tonnes per year an assignment puts on one link.</summary>
/// <param name="Link">Link id.</param>
/// <param name="TonnesPerYear">Flow in t/yr (&gt; 0).</param>
public sealed record LinkFlow(string Link, double TonnesPerYear);
