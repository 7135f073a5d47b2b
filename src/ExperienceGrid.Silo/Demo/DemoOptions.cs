namespace ExperienceGrid.Silo.Demo;

/// <summary>The demo simulator, bound from the "Demo" section. Off unless switched on.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Runs simulated guests through the chain, and simulated staff who take some of the alerts. Default false.</summary>
    public bool Enabled { get; set; }

    /// <summary>Touchpoints per second. Default 20.</summary>
    public double EventsPerSecond { get; set; } = 20;

    /// <summary>Guest pool size: enough for every guest in a visit at once at the default rate. Default 1000.</summary>
    public int Customers { get; set; } = 1000;

    /// <summary>Share of visits that go wrong. Default 0.15.</summary>
    public double TroubleShare { get; set; } = 0.15;

    /// <summary>
    /// Multiplies every simulated pause: between a guest's touchpoints (at 1 a visit takes about three minutes and a
    /// guest left at risk stays so for two to five) and before simulated staff claim and resolve. Default 1.
    /// </summary>
    public double Pace { get; set; } = 1;

    /// <summary>Share of alerts that simulated staff claim and resolve; the rest is left to people. Default 0.4.</summary>
    public double StaffShare { get; set; } = 0.4;

    /// <summary>
    /// Share of care follow-ups that simulated managers mark done, with an outcome, a minute or two after they are
    /// raised; the rest are left to go overdue. Default 0.5.
    /// </summary>
    public double FollowUpShare { get; set; } = 0.5;
}
