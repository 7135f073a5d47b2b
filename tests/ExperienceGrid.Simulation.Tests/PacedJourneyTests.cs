using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Simulation.Tests;

/// <summary>Paced journeys as the demo runs them: 20 touchpoints a second, asked for every 200 ms.</summary>
public sealed class PacedJourneyTests
{
    private static readonly ChainConfig _chain =
        ChainConfigLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-chain.json")));

    private static readonly DateTimeOffset _start = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan _tick = TimeSpan.FromMilliseconds(200);

    [Fact]
    public void An_hour_of_demo_traffic_brings_every_catalog_kind_to_every_venue()
    {
        var touchpoints = Run(new JourneyOptions { Customers = 1000, TroubleShare = 0.15, Pace = 1 }, TimeSpan.FromHours(1), seed: 11);

        var missing = _chain.Venues
            .SelectMany(v => _chain.Touchpoints.Select(t => (Venue: v.Id, t.Kind)))
            .Except(touchpoints.Select(t => (Venue: t.VenueId, t.Kind)))
            .ToList();
        Assert.True(missing.Count == 0, $"never sent: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_pool_and_the_pauses_bound_the_rate_and_each_guest_keeps_the_script_pauses()
    {
        var simulator = new JourneySimulator(_chain, new JourneyOptions { Customers = 1000, Pace = 1 }, seed: 4, runId: "r");
        var sent = new List<Touchpoint>();
        for (var at = _start; at < _start.AddMinutes(10); at += _tick)
        {
            var batch = simulator.Next(4, at);
            Assert.Equal(4, batch.Count);
            sent.AddRange(batch);
        }

        // A guest's touchpoints come at least the shortest pause (6 s) apart, except the start of a visit.
        foreach (var guest in sent.GroupBy(t => t.CustomerId))
        {
            foreach (var (before, after) in guest.Zip(guest.Skip(1)).Where(p => p.Second.Kind != "visit.start"))
            {
                Assert.True(after.At - before.At >= TimeSpan.FromSeconds(6), $"{after.EventId} came {(after.At - before.At).TotalSeconds} s after {before.EventId}");
            }
        }

        var small = new JourneySimulator(_chain, new JourneyOptions { Customers = 5, Pace = 1 }, seed: 4, runId: "r");
        Assert.Equal(5, small.Next(20, _start).Count);
        Assert.Empty(small.Next(20, _start.AddSeconds(5)));
    }

    [Fact]
    public void Guests_at_risk_stay_so_for_minutes_and_leave_no_better_unless_staff_recover_them()
    {
        var touchpoints = Run(new JourneyOptions { Customers = 1000, TroubleShare = 0.15, Pace = 1 }, TimeSpan.FromMinutes(40), seed: 3);
        var stretches = AtRiskStretches(touchpoints);

        // Nothing but the end of the visit or staff's own recovery (an apology, a gesture) takes a guest off risk.
        var left = stretches.Where(s => s.EndedBy == "visit.end").ToList();
        var recovered = stretches.Where(s => s.EndedBy is "apology" or "extra.gesture").ToList();
        Assert.Equal(stretches.Count, left.Count + recovered.Count);
        Assert.True(left.Count > 100 && recovered.Count > 20, $"{left.Count} guests left at risk, {recovered.Count} recovered by staff");
        var leftFor = left.Select(s => s.Length).Order().ToList();
        Assert.True(leftFor[leftFor.Count / 10] >= TimeSpan.FromMinutes(2), $"a tenth of the guests left at risk stayed so under {leftFor[leftFor.Count / 10]}");
        Assert.True(recovered.Min(s => s.Length) >= TimeSpan.FromSeconds(30), "a guest was recovered within 30 s");

        // A venue's recovery rate counts alerted visits that end better than at the alert: only action should.
        Assert.All(left, s => Assert.True(s.EndScore <= s.RiskScore, $"left at {s.RiskScore}, ended at {s.EndScore}"));
    }

    /// <summary>Each time a guest turned at risk: how long, the touchpoint that ended it, the score then and at the visit's end.</summary>
    private static List<(TimeSpan Length, string EndedBy, double RiskScore, double? EndScore)> AtRiskStretches(IEnumerable<Touchpoint> touchpoints)
    {
        var model = new ExperienceModel(_chain);
        var states = new Dictionary<string, CustomerState>();
        var since = new Dictionary<string, (DateTimeOffset At, double Score)>();
        var stretches = new List<(TimeSpan, string, double, double?)>();
        foreach (var touchpoint in touchpoints)
        {
            var before = states.GetValueOrDefault(touchpoint.CustomerId) ?? ExperienceModel.NewCustomer(touchpoint.CustomerId);
            var outcome = model.Apply(before, touchpoint);
            states[touchpoint.CustomerId] = outcome.State;
            var closed = outcome.Signals.OfType<VisitClosed>().FirstOrDefault()?.Score;
            foreach (var risk in outcome.Signals.OfType<RiskChanged>())
            {
                if (risk.Risk is not null)
                {
                    since.TryAdd(risk.CustomerId, (risk.At, outcome.State.Visit!.Score));
                }
                else if (since.Remove(risk.CustomerId, out var start))
                {
                    stretches.Add((risk.At - start.At, touchpoint.Kind, start.Score, closed));
                }
            }
        }

        return stretches;
    }

    private static List<Touchpoint> Run(JourneyOptions options, TimeSpan length, int seed)
    {
        var simulator = new JourneySimulator(_chain, options, seed, runId: "demo");
        var touchpoints = new List<Touchpoint>();
        for (var at = _start; at < _start + length; at += _tick)
        {
            touchpoints.AddRange(simulator.Next(4, at));
        }

        return touchpoints;
    }
}
