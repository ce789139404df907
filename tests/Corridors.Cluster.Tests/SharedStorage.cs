using System.Collections.Concurrent;
using Orleans.Serialization;
using Orleans.Storage;

namespace Corridors.Cluster.Tests;

/// <summary>
/// Grain storage every in-process test silo shares, as Redis is shared by real silos: a killed silo's
/// grains reactivate elsewhere from it. Values are deep copies, as a real store would hand back.
/// </summary>
internal sealed class SharedStorage(DeepCopier copier, ConcurrentDictionary<string, object?> store) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (store.TryGetValue(Key(stateName, grainId), out var value))
        {
            grainState.State = copier.Copy((T)value!);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        store[Key(stateName, grainId)] = copier.Copy(grainState.State);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        store.TryRemove(Key(stateName, grainId), out _);
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static string Key(string stateName, GrainId grainId) => $"{grainId}/{stateName}";
}
