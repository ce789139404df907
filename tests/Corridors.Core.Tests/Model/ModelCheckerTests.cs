using Corridors.Core.Model;
using Corridors.Core.Model.Checking;
using Corridors.Testing;
using Corridors.Kernel.Distributions;

namespace Corridors.Core.Tests.Model;

public sealed class ModelCheckerTests
{
    [Fact]
    public void Compile_PortWithZeroBerths_ThrowsNamingNodeFieldAndValue()
    {
        var model = new TestModel().Zone("a").Port("aktau", 0, new ConstantDistribution(1)).City("b")
            .Link("a", "aktau", TransportMode.Sea).Link("aktau", "b").Flow("a", "b", 1);

        var ex = Assert.Throws<InvalidModelException>(() => model.Compile());

        Assert.Equal("the model has 1 problem(s):\n  node aktau: Berths.Servers is 0; expected a whole number ≥ 1", ex.Message);
    }

    [Fact]
    public void Check_EveryKindOfMistake_ReportsEachOnce()
    {
        var model = new TestModel { Horizon = 10, Warmup = 20 }.Zone("a").City("b")
            .Link(new LinkSpec { Id = "bad", From = "a", To = "nowhere", Mode = TransportMode.Road, DistanceKm = double.NaN, SpeedKmh = -3 })
            .Flow("a", "a", -1)
            .Disrupt(new Closure { Id = "c", Targets = ["ghost"], FromHours = 5, ToHours = 4, CapacityFactor = 1.5 })
            .Build();

        var problems = ModelChecker.Check(model).Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "experiment: WarmupHours is 20 h; expected less than the horizon (10 h)",
            "link bad: To names node 'nowhere', which does not exist; expected a node id",
            "link bad: DistanceKm is NaN; expected a finite number ≥ 0",
            "link bad: SpeedKmh is -3; expected a finite number > 0",
            "flow a-a: Destination is 'a', the same as the origin; expected another node",
            "flow a-a: VolumePerYear is -8760; expected a finite number > 0",
            "disruption c: Targets names 'ghost', which is neither a node nor a link; expected a node or link id",
            "disruption c: ToHours is 4 h; expected a time after the start (5 h)",
            "disruption c: CapacityFactor is 1.5; expected a factor in [0, 1)",
        ], problems);
    }

    [Fact]
    public void Check_LinkModeTheNodeCannotServe_Reported()
    {
        var city = new CitySpec { Id = "omsk", Name = "Omsk", Location = default, Modes = [TransportMode.Road] };
        var model = new TestModel().Zone("a").Add(city)
            .Link(new LinkSpec { Id = "sea", From = "a", To = "omsk", Mode = TransportMode.Sea, DistanceKm = 1, SpeedKmh = 1 })
            .Build();

        var problem = Assert.Single(ModelChecker.Check(model));

        Assert.Equal("link sea: To node 'omsk' (City) does not serve Sea; expected one of Road", problem.ToString());
    }
}
