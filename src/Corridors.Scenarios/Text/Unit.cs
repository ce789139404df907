namespace Corridors.Scenarios.Text;

/// <summary>A unit symbol as written in scenario files, and how many base units of its dimension one of it is.</summary>
internal sealed record Unit(string Symbol, Dimension Dimension, double ToBase);
