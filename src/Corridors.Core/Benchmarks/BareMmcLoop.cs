using Corridors.Kernel.Randomness;

namespace Corridors.Core.Benchmarks;

/// <summary>
/// The reference the kernel is measured against: M/M/c as a bare binary-heap event loop with no
/// actors, no shipments and one tally — the least work the model can be done with in .NET. The
/// kernel benchmarks (`corridors bench kernel`, BenchmarkDotNet) run it side by side with the actors.
/// </summary>
public static class BareMmcLoop
{
    /// <summary>Simulates until <paramref name="customers"/> are served; returns events (2 per customer) and the mean wait.</summary>
    public static (long Events, double MeanWait) Run(int servers, double lambda, double mu, long customers, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var heap = new Event[64];
        var count = 0;
        var queue = new Queue<double>();
        var busy = 0;
        long served = 0, events = 0;
        double waitSum = 0;
        Push(ref heap, ref count, new Event(Exp(rng, lambda), 0));
        while (served < customers)
        {
            var e = Pop(heap, ref count);
            events++;
            if (e.Kind == 0)
            {
                Push(ref heap, ref count, new Event(e.Time + Exp(rng, lambda), 0));
                if (busy < servers)
                {
                    busy++;
                    Push(ref heap, ref count, new Event(e.Time + Exp(rng, mu), 1));
                }
                else
                {
                    queue.Enqueue(e.Time);
                }
            }
            else
            {
                served++;
                if (queue.Count > 0)
                {
                    waitSum += e.Time - queue.Dequeue();
                    Push(ref heap, ref count, new Event(e.Time + Exp(rng, mu), 1));
                }
                else
                {
                    busy--;
                }
            }
        }

        return (events, waitSum / served);
    }

    private static double Exp(Xoshiro256StarStar rng, double rate) => -Math.Log(1 - rng.NextDouble()) / rate;

    private static void Push(ref Event[] heap, ref int count, Event e)
    {
        if (count == heap.Length)
        {
            Array.Resize(ref heap, count * 2);
        }

        var i = count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (heap[parent].Time <= e.Time)
            {
                break;
            }

            heap[i] = heap[parent];
            i = parent;
        }

        heap[i] = e;
    }

    private static Event Pop(Event[] heap, ref int count)
    {
        var top = heap[0];
        var last = heap[--count];
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && heap[child + 1].Time < heap[child].Time)
            {
                child++;
            }

            if (heap[child].Time >= last.Time)
            {
                break;
            }

            heap[i] = heap[child];
            i = child;
        }

        heap[i] = last;
        return top;
    }

    private readonly record struct Event(double Time, int Kind);
}
