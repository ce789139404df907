namespace Corridors.Kernel.Actors;

/// <summary>
/// A message between actors: a verb and a small fixed payload, passed by value so that sending
/// allocates nothing. Larger payloads (shipments) live in tables owned by the domain and travel as
/// an index in <see cref="Item"/>.
/// </summary>
/// <param name="Kind">The verb, defined by the receiving actor type (an enum cast to int).</param>
/// <param name="Item">An item index, for example a shipment's slot; -1 when unused.</param>
/// <param name="Arg">A small argument, for example a berth or route position; 0 when unused.</param>
/// <param name="Value">A number, for example a quantity in tonnes; 0 when unused.</param>
public readonly record struct Message(int Kind, int Item = -1, int Arg = 0, double Value = 0);
