namespace Corridors.Core.Model;

/// <summary>How a flow's shipments are spaced in time.</summary>
public enum ArrivalProcess
{
    /// <summary>Poisson: exponential gaps, the usual model of many independent shippers.</summary>
    Poisson,

    /// <summary>Fixed gaps of mean size ÷ hourly volume: a regular, scheduled flow.</summary>
    Fixed,
}
