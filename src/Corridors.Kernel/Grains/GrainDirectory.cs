namespace Corridors.Kernel.Grains;

/// <summary>
/// Maps grain identities to addresses and activates grains on their first message, like the
/// Orleans grain directory but inside one simulation. Registration order defines addresses;
/// nothing here depends on hash or dictionary order.
/// </summary>
public sealed class GrainDirectory
{
    private readonly Simulation _simulation;
    private readonly Dictionary<GrainId, int> _indexById = [];
    private readonly List<GrainId> _ids = [];
    private readonly List<Func<GrainActivation, Grain>> _factories = [];
    private Grain?[] _active = new Grain?[16];

    internal GrainDirectory(Simulation simulation) => _simulation = simulation;

    /// <summary>The most grains one simulation can hold: an address index must fit the event list's target bits.</summary>
    public const int MaxGrains = 1 << Events.ScheduledMessage.TargetBits;

    /// <summary>Gets the number of registered grains.</summary>
    public int Count => _ids.Count;

    /// <summary>
    /// Registers a grain by identity with the factory that activates it. The grain is not created
    /// until a message reaches it.
    /// </summary>
    /// <exception cref="ArgumentException">The id is already registered.</exception>
    public GrainAddress Register(GrainId id, Func<GrainActivation, Grain> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (Count == MaxGrains)
        {
            throw new InvalidOperationException($"cannot register grain {id}: a simulation holds at most {MaxGrains} grains");
        }

        if (!_indexById.TryAdd(id, _ids.Count))
        {
            throw new ArgumentException($"grain {id} is registered twice", nameof(id));
        }

        _ids.Add(id);
        _factories.Add(factory);
        if (_active.Length < _ids.Count)
        {
            Array.Resize(ref _active, _active.Length * 2);
        }

        return new GrainAddress(_ids.Count - 1);
    }

    /// <summary>Resolves an identity to its address.</summary>
    /// <exception cref="UnknownGrainException">No grain has that identity; the message suggests the nearest ones of the same type.</exception>
    public GrainAddress Resolve(GrainId id)
    {
        if (_indexById.TryGetValue(id, out var index))
        {
            return new GrainAddress(index);
        }

        var sameType = _ids.Where(g => g.Type == id.Type).Select(g => g.Key).Order(StringComparer.Ordinal).Take(12).ToList();
        var known = sameType.Count == 0 ? $"no {id.Type} grains are registered" : $"known {id.Type} keys: {string.Join(", ", sameType)}";
        throw new UnknownGrainException($"unknown grain {id}; {known}");
    }

    /// <summary>Gets the identity registered at <paramref name="address"/>.</summary>
    public GrainId IdOf(GrainAddress address)
    {
        CheckAddress(address);
        return _ids[address.Index];
    }

    /// <summary>Gets whether the grain at <paramref name="address"/> has been activated.</summary>
    public bool IsActive(GrainAddress address)
    {
        CheckAddress(address);
        return _active[address.Index] is not null;
    }

    /// <summary>Gets the activated grain at <paramref name="address"/>, activating it if needed (for reading results).</summary>
    public Grain Get(GrainAddress address)
    {
        CheckAddress(address);
        return _active[address.Index] ?? Activate(address.Index);
    }

    /// <summary>Gets the active grains in registration order.</summary>
    public IEnumerable<Grain> ActiveGrains()
    {
        for (var i = 0; i < _ids.Count; i++)
        {
            if (_active[i] is { } grain)
            {
                yield return grain;
            }
        }
    }

    /// <summary>The hot path: the grain behind a valid address, activated on first use.</summary>
    internal Grain ForDelivery(int index) => _active[index] ?? Activate(index);

    internal void CheckAddress(GrainAddress address)
    {
        if ((uint)address.Index >= (uint)_ids.Count)
        {
            throw new UnknownGrainException($"no grain is registered at address {address.Index} (there are {_ids.Count})");
        }
    }

    private Grain Activate(int index)
    {
        var id = _ids[index];
        var grain = _factories[index](new GrainActivation(id, new GrainAddress(index), _simulation));
        if (grain.Id != id)
        {
            throw new InvalidOperationException($"the factory for grain {id} built grain {grain.Id}");
        }

        _active[index] = grain;
        grain.OnActivate();
        return grain;
    }
}
