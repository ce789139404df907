namespace Corridors.Web.Runs;

/// <summary>A facility's figures as the page shows them: from its facility grain while the run goes, from the run's outputs once it is finished.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Description">The facility's kind and name (and, from the grain, its parameters).</param>
/// <param name="Replications">Replications the figures are over.</param>
/// <param name="Figures">Each figure's mean and 95 % half-width (null where undefined) and the replications that define it.</param>
internal sealed record FacilityView(string Id, string Description, int Replications, IReadOnlyList<FacilityFigure> Figures);

/// <summary>One figure of a <see cref="FacilityView"/>.</summary>
internal sealed record FacilityFigure(string Name, double? Mean, double? HalfWidth, int N);
