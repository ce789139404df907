using Corridors.Kernel.Actors;

namespace Corridors.Kernel.Tests.Support;

/// <summary>On each message, first sends one with no delay to <c>next</c>, then records the item of the message it is handling.</summary>
internal sealed class SendThenReadActor(ActorActivation activation, ActorAddress next, List<int> items) : Actor(activation)
{
    protected override void Receive(in Message message)
    {
        Send(next, new Message(99, Item: -7));
        items.Add(message.Item);
    }
}
