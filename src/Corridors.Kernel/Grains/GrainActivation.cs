namespace Corridors.Kernel.Grains;

/// <summary>What a grain receives when the kernel activates it: who it is and where it lives.</summary>
/// <param name="Id">The grain's identity.</param>
/// <param name="Address">The grain's address, to send messages to itself (timers).</param>
/// <param name="Simulation">The simulation that delivers its messages and owns its clock.</param>
public sealed record GrainActivation(GrainId Id, GrainAddress Address, Simulation Simulation);
