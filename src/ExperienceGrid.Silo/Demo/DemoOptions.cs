namespace ExperienceGrid.Silo.Demo;

/// <summary>The demo simulator, bound from the "Demo" section. Off unless switched on.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Runs simulated guests through the chain. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Touchpoints per second. Default 20.</summary>
    public double EventsPerSecond { get; set; } = 20;

    /// <summary>Guest pool size. Default 400.</summary>
    public int Customers { get; set; } = 400;

    /// <summary>Share of visits that go wrong. Default 0.25.</summary>
    public double TroubleShare { get; set; } = 0.25;
}
