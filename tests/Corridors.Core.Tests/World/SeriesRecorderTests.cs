using Corridors.Core.World;
using Corridors.Testing;

namespace Corridors.Core.Tests.World;

public sealed class SeriesRecorderTests
{
    [Fact]
    public void Run_WithDailySeries_StepsAverageToTheNodesMeansAndClosedHours()
    {
        // 3800 measured hours: 158 whole days and a last step of 8 h, which must be weighted by its length.
        var result = ReplicationRunner.Run(RichNetwork.Build(horizon: 4000, warmup: 200).Compile(), 0);

        var series = result.Series!;
        Assert.Equal(159, series.Waiting[0].Length);
        for (var n = 0; n < result.Nodes.Count; n++)
        {
            var hours = Enumerable.Range(0, series.Waiting[n].Length).Select(k => Math.Min(series.EndHours, series.StartHours + ((k + 1) * 24)) - (series.StartHours + (k * 24))).ToList();
            var weighted = series.Waiting[n].Select((v, k) => v * hours[k]).Sum() / hours.Sum();
            Assert.Equal(result.Nodes[n].MeanWaiting, weighted, 1e-9);
            Assert.Equal(result.Nodes[n].HoursClosed, series.ClosedHours[n].Sum(), 1e-9);
        }

        Assert.Equal(60, series.ClosedHours[result.Nodes.ToList().FindIndex(n => n.Id == "dostyk")].Sum(), 9);
    }

    [Fact]
    public void Run_RecordingASeries_ChangesNoOtherFigure()
    {
        var model = RichNetwork.Build(horizon: 3000, warmup: 100).Build();
        var without = ReplicationRunner.Run(TestModel.Compile(model with { Experiment = model.Experiment with { SeriesStepHours = 0 } }), 3);
        var with = ReplicationRunner.Run(TestModel.Compile(model with { Experiment = model.Experiment with { SeriesStepHours = 7 } }), 3);

        Assert.Null(without.Series);
        Assert.NotNull(with.Series);
        Assert.Equal(without.Messages, with.Messages);
        Assert.Equal(without.Nodes, with.Nodes);
        Assert.Equal(without.Links, with.Links);
        Assert.Equal(without.Conservation, with.Conservation);
        Assert.Equal(without.Flows.Select(f => (f.Tonnes, f.TransitMeanHours)), with.Flows.Select(f => (f.Tonnes, f.TransitMeanHours)));
    }
}
