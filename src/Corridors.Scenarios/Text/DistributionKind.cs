using Corridors.Kernel.Distributions;

namespace Corridors.Scenarios.Text;

/// <summary>
/// One distribution of the scenario syntax: its name, its parameters in order (with whether each
/// carries the context's unit) and how to build it. Parameter ranges are the kernel's: its
/// constructors validate, and the parser words their complaints.
/// </summary>
/// <param name="Name">The name as written: <c>lognormal</c>.</param>
/// <param name="Parameters">Parameter names in order.</param>
/// <param name="Unitless">Parameters that are plain numbers (gamma's cv).</param>
/// <param name="Positional">Whether the single parameter may be written without its name: <c>const(2 h)</c>.</param>
/// <param name="Build">Builds the distribution from the values in parameter order (a list parameter gets all its values).</param>
internal sealed record DistributionKind(
    string Name,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<string> Unitless,
    bool Positional,
    Func<IReadOnlyList<IReadOnlyList<double>>, Distribution> Build)
{
    /// <summary>Gets whether the (single) parameter is a list: <c>empirical([…])</c>.</summary>
    public bool TakesList => Name == "empirical";

    /// <summary>Gets every kind, in the order the documentation lists them.</summary>
    public static IReadOnlyList<DistributionKind> All { get; } =
    [
        new("exp", ["mean"], [], false, v => new ExponentialDistribution(v[0][0])),
        new("lognormal", ["mean", "sd"], [], false, v => new LogNormalDistribution(v[0][0], v[1][0])),
        new("gamma", ["mean", "cv"], ["cv"], false, v => new GammaDistribution(v[0][0], v[1][0])),
        new("triangular", ["min", "mode", "max"], [], false, v => new TriangularDistribution(v[0][0], v[1][0], v[2][0])),
        new("uniform", ["min", "max"], [], false, v => new UniformDistribution(v[0][0], v[1][0])),
        new("const", ["value"], [], true, v => new ConstantDistribution(v[0][0])),
        new("empirical", ["values"], [], true, v => new EmpiricalDistribution(v[0])),
    ];
}
