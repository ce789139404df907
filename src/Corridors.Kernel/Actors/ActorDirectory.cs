using System.Runtime.CompilerServices;

namespace Corridors.Kernel.Actors;

/// <summary>
/// Maps actor identities to addresses and activates actors on their first message, like the
/// Orleans actor directory but inside one simulation. Registration order defines addresses;
/// nothing here depends on hash or dictionary order.
/// </summary>
public sealed class ActorDirectory
{
    private readonly Simulation _simulation;
    private readonly Dictionary<ActorId, int> _indexById = [];
    private readonly List<ActorId> _ids = [];
    private readonly List<Func<ActorActivation, Actor>> _factories = [];
    private Actor?[] _active = new Actor?[16];

    internal ActorDirectory(Simulation simulation) => _simulation = simulation;

    /// <summary>The most actors one simulation can hold: 2^24 (16,777,216).</summary>
    public const int MaxActors = 1 << 24;

    /// <summary>Gets the number of registered actors.</summary>
    public int Count => _ids.Count;

    /// <summary>
    /// Registers an actor by identity with the factory that activates it. The actor is not created
    /// until a message reaches it.
    /// </summary>
    /// <exception cref="ArgumentException">The id is already registered.</exception>
    public ActorAddress Register(ActorId id, Func<ActorActivation, Actor> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (Count == MaxActors)
        {
            throw new InvalidOperationException($"cannot register actor {id}: a simulation holds at most {MaxActors} actors");
        }

        if (!_indexById.TryAdd(id, _ids.Count))
        {
            throw new ArgumentException($"actor {id} is registered twice", nameof(id));
        }

        _ids.Add(id);
        _factories.Add(factory);
        if (_active.Length < _ids.Count)
        {
            Array.Resize(ref _active, _active.Length * 2);
        }

        return new ActorAddress(_ids.Count - 1);
    }

    /// <summary>Resolves an identity to its address.</summary>
    /// <exception cref="UnknownActorException">No actor has that identity; the message suggests the nearest ones of the same type.</exception>
    public ActorAddress Resolve(ActorId id)
    {
        if (_indexById.TryGetValue(id, out var index))
        {
            return new ActorAddress(index);
        }

        var sameType = _ids.Where(g => g.Type == id.Type).Select(g => g.Key).Order(StringComparer.Ordinal).Take(12).ToList();
        var known = sameType.Count == 0 ? $"no {id.Type} actors are registered" : $"known {id.Type} keys: {string.Join(", ", sameType)}";
        throw new UnknownActorException($"unknown actor {id}; {known}");
    }

    /// <summary>Gets the identity registered at <paramref name="address"/>.</summary>
    public ActorId IdOf(ActorAddress address)
    {
        CheckAddress(address);
        return _ids[address.Index];
    }

    /// <summary>Gets whether the actor at <paramref name="address"/> has been activated.</summary>
    public bool IsActive(ActorAddress address)
    {
        CheckAddress(address);
        return _active[address.Index] is not null;
    }

    /// <summary>Gets the activated actor at <paramref name="address"/>, activating it if needed (for reading results).</summary>
    public Actor Get(ActorAddress address)
    {
        CheckAddress(address);
        return _active[address.Index] ?? Activate(address.Index);
    }

    /// <summary>Gets the active actors in registration order.</summary>
    public IEnumerable<Actor> ActiveActors()
    {
        for (var i = 0; i < _ids.Count; i++)
        {
            if (_active[i] is { } actor)
            {
                yield return actor;
            }
        }
    }

    /// <summary>The hot path: the actor behind a valid address, activated on first use.</summary>
    internal Actor ForDelivery(int index) => _active[index] ?? Activate(index);

    /// <summary>
    /// A hint to the CPU to start loading the actor at <paramref name="index"/> (its header and first
    /// fields), when it is already active; no effect on behaviour (see <see cref="CacheHint"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Prefetch(int index) => CacheHint.PrefetchObject(_active[index]);

    /// <summary>A hint to the CPU to start loading the directory's entry for the actor at <paramref name="index"/> (a valid address).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void PrefetchEntry(int index) => CacheHint.Prefetch(in _active[index]);

    /// <summary>
    /// A hint to the CPU to start loading the directory's entry for the actor at <paramref name="address"/>:
    /// the step before <see cref="Prefetch(ActorAddress)"/> when the directory itself is out of cache.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchEntry(ActorAddress address)
    {
        if ((uint)address.Index < (uint)_ids.Count)
        {
            PrefetchEntry(address.Index);
        }
    }

    /// <summary>A hint to the CPU to start loading the actor at <paramref name="address"/> (see <see cref="CacheHint"/>); an actor does this for one it will message soon.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ActorAddress address)
    {
        if ((uint)address.Index < (uint)_ids.Count)
        {
            Prefetch(address.Index);
        }
    }

    /// <summary>Lets the actor at <paramref name="index"/>, when active, hint what it will read to receive <paramref name="message"/> (<see cref="Actor.Prefetch"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void PrefetchFor(int index, in Message message, int stage) => _active[index]?.Prefetch(message, stage);

    internal void CheckAddress(ActorAddress address)
    {
        if ((uint)address.Index >= (uint)_ids.Count)
        {
            throw new UnknownActorException($"no actor is registered at address {address.Index} (there are {_ids.Count})");
        }
    }

    private Actor Activate(int index)
    {
        var id = _ids[index];
        var actor = _factories[index](new ActorActivation(id, new ActorAddress(index), _simulation));
        if (actor.Id != id)
        {
            throw new InvalidOperationException($"the factory for actor {id} built actor {actor.Id}");
        }

        _active[index] = actor;
        actor.OnActivate();
        return actor;
    }
}
