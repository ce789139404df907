using Corridors.Kernel.Actors;

namespace Corridors.Kernel.Tests.Support;

/// <summary>An actor that logs every message it receives and runs an optional reaction, SimPy-test style.</summary>
internal sealed class RecordingActor(ActorActivation activation, List<string> log, Action<RecordingActor, Message>? react = null)
    : Actor(activation)
{
    public int Activations { get; private set; }

    public void Tell(ActorAddress to, Message message, double delay) => Send(to, message, delay);

    protected override void OnActivate() => Activations++;

    protected override void Receive(in Message message)
    {
        log.Add($"{Now:0.###} {Id.Key} k{message.Kind}");
        react?.Invoke(this, message);
    }
}
