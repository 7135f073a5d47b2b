using ExperienceGrid.LoadGenerator.Cli;

namespace ExperienceGrid.LoadGenerator.Tests.Cli;

/// <summary>Where <c>--kill-silo</c> without <c>--target</c> sends batches: the front ends of the cluster state, else its silos.</summary>
public sealed class ClusterTargetTests : IDisposable
{
    private const string Silos = """[{"index":1,"url":"http://127.0.0.1:5101","pid":11},{"index":2,"url":"http://127.0.0.1:5102","pid":12}]""";
    private readonly string _state = Path.Combine(Path.GetTempPath(), $"eg-state-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_state);

    [Fact]
    public void A_cluster_with_front_ends_is_loaded_through_every_front_end_and_no_silo()
    {
        File.WriteAllText(_state, $$"""{"clusterId":"c","silos":{{Silos}},"frontends":[{"index":2,"url":"http://127.0.0.1:5152","pid":22},{"index":1,"url":"http://127.0.0.1:5151","pid":21}]}""");

        Assert.Equal(["http://127.0.0.1:5151/", "http://127.0.0.1:5152/"], Targets());
    }

    [Fact]
    public void A_cluster_without_front_ends_is_loaded_through_its_silos()
    {
        File.WriteAllText(_state, $$"""{"clusterId":"c","silos":{{Silos}},"frontends":[]}""");

        Assert.Equal(["http://127.0.0.1:5101/", "http://127.0.0.1:5102/"], Targets());
    }

    private string[] Targets()
    {
        var command = new LoadCommand();
        var problems = new List<string>();
        var options = command.ToOptions(command.Root.Parse(["--kill-silo", "1", "--kill-at", "5s", "--cluster-state", _state]), problems);
        Assert.Empty(problems);
        return [.. options.Targets.Select(t => t.ToString())];
    }
}
