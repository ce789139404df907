using Corridors.Kernel;
using Corridors.Kernel.Actors;
using Corridors.Kernel.Randomness;

namespace Corridors.Benchmarks.Kernel;

/// <summary>
/// The kernel's own floor: M/M/c on the real kernel with actors that do nothing but the queue — no
/// shipments, stages, statistics or routes. With two messages per customer (arrival and departure
/// timers) it measures what the kernel adds to the bare loop; with four, the hand-over to a link actor
/// and on to a destination actor that every real shipment makes. The real actors' gap to this floor
/// is the domain's work.
/// </summary>
public static class MinimalActors
{
    /// <summary>Simulates about <paramref name="customers"/> customers; returns those served.</summary>
    public static long Run(int servers, double lambda, double mu, long customers, bool handOver)
    {
        var simulation = new Simulation(new RandomStreams(1, 0));
        var counts = new Served();
        var sink = simulation.Actors.Register(new ActorId("city", "sink"), a => new Sink(a, counts));
        var link = simulation.Actors.Register(new ActorId("link", "out"), a => new Link(a, sink));
        var port = simulation.Actors.Register(new ActorId("port", "port"), a => new Port(a, servers, lambda, mu, handOver ? link : ActorAddress.None, counts));
        simulation.Send(port, new Message(Port.Arrival));
        simulation.Run(customers / lambda);
        return counts.Count;
    }

    private sealed class Served
    {
        public long Count;
    }

    private sealed class Port : Actor
    {
        public const int Arrival = 0;
        private const int Departure = 1;
        private readonly Queue<double> _queue = new();
        private readonly Xoshiro256StarStar _random;
        private readonly int _servers;
        private readonly double _lambda;
        private readonly double _mu;
        private readonly ActorAddress _next;
        private readonly Served _served;
        private int _busy;

        public Port(ActorActivation activation, int servers, double lambda, double mu, ActorAddress next, Served served)
            : base(activation)
        {
            _random = new Xoshiro256StarStar(1);
            (_servers, _lambda, _mu, _next, _served) = (servers, lambda, mu, next, served);
        }

        protected override void Receive(in Message message)
        {
            if (message.Kind == Arrival)
            {
                SendSelf(new Message(Arrival), Exp(_lambda));
                if (_busy < _servers)
                {
                    _busy++;
                    SendSelf(new Message(Departure), Exp(_mu));
                }
                else
                {
                    _queue.Enqueue(Now);
                }

                return;
            }

            if (_queue.Count > 0)
            {
                _queue.Dequeue();
                SendSelf(new Message(Departure), Exp(_mu));
            }
            else
            {
                _busy--;
            }

            if (_next.IsNone)
            {
                _served.Count++;
            }
            else
            {
                Send(_next, new Message(2, 1));
            }
        }

        private double Exp(double rate) => -Math.Log(1 - _random.NextDouble()) / rate;
    }

    private sealed class Link(ActorActivation activation, ActorAddress sink) : Actor(activation)
    {
        protected override void Receive(in Message message) => Send(sink, new Message(3, message.Item));
    }

    private sealed class Sink(ActorActivation activation, Served served) : Actor(activation)
    {
        protected override void Receive(in Message message) => served.Count++;
    }
}
