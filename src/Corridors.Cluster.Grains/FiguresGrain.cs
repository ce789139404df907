using Corridors.Cluster.Contracts;
using Corridors.Cluster.Grains.State;
using Corridors.Core.Analysis;

namespace Corridors.Cluster.Grains;

/// <summary>Gathers one facility's or corridor's figures replication by replication; reports means with 95 % intervals.</summary>
internal abstract class FiguresGrain(IPersistentState<FiguresRecord> record) : Grain, IFiguresGrain
{
    public async Task Record(string description, FigureSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (record.State.Samples.ContainsKey(sample.Replication))
        {
            return;
        }

        record.State.Description = description;
        record.State.Names = [.. sample.Names];
        record.State.Samples[sample.Replication] = [.. sample.Values];
        await record.WriteStateAsync();
    }

    public Task<FiguresReport> Report()
    {
        var samples = record.State.Samples.OrderBy(s => s.Key).Select(s => s.Value).ToList();
        var rows = record.State.Names.Select((name, i) =>
        {
            var summary = MetricSummary.Of([.. samples.Select(s => s[i])]);
            return new FigureRow(name, summary.Mean, summary.HalfWidth, summary.N);
        });
        var id = this.GetPrimaryKeyString();
        return Task.FromResult(new FiguresReport(id[(id.IndexOf('/', StringComparison.Ordinal) + 1)..], record.State.Description, samples.Count, [.. rows]));
    }
}
