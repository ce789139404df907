namespace Corridors.Kernel.Actors;

/// <summary>What an actor receives when the kernel activates it: who it is and where it lives.</summary>
/// <param name="Id">The actor's identity.</param>
/// <param name="Address">The actor's address, to send messages to itself (timers).</param>
/// <param name="Simulation">The simulation that delivers its messages and owns its clock.</param>
public sealed record ActorActivation(ActorId Id, ActorAddress Address, Simulation Simulation);
