namespace Corridors.Core.Analysis;

/// <summary>What a paired difference means in practice (see <see cref="PracticalChange"/>).</summary>
public enum ChangeVerdict
{
    /// <summary>The interval excludes zero and the mean difference is at least the figure's resolution.</summary>
    Changed,

    /// <summary>The mean difference is at least the resolution, but the interval includes zero.</summary>
    WithinNoise,

    /// <summary>The mean difference is smaller than the resolution, significant or not.</summary>
    NoChange,

    /// <summary>The figure describes an element that only the base has (a wait or utilization of a removed node).</summary>
    OnlyInBase,

    /// <summary>The figure describes an element that only the alternative has.</summary>
    OnlyInAlternative,

    /// <summary>No replication pair has the figure on both sides (a transit time where nothing was delivered).</summary>
    Undefined,
}
