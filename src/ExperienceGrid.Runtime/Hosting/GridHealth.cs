namespace ExperienceGrid.Runtime.Hosting;

/// <summary>Readiness flag set by <see cref="GridHostedService"/>.</summary>
internal sealed class GridHealth : IGridHealth
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void SetReady(bool ready) => _ready = ready;
}
