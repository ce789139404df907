using Corridors.Kernel.Grains;

namespace Corridors.Kernel.Tests.Support;

/// <summary>A grain that logs every message it receives and runs an optional reaction, SimPy-test style.</summary>
internal sealed class RecordingGrain(GrainActivation activation, List<string> log, Action<RecordingGrain, Message>? react = null)
    : Grain(activation)
{
    public int Activations { get; private set; }

    public void Tell(GrainAddress to, Message message, double delay) => Send(to, message, delay);

    protected override void OnActivate() => Activations++;

    protected override void Receive(in Message message)
    {
        log.Add($"{Now:0.###} {Id.Key} k{message.Kind}");
        react?.Invoke(this, message);
    }
}
