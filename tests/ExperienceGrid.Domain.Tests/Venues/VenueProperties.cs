using ExperienceGrid.Domain.Venues;
using FsCheck;
using FsCheck.Fluent;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>
/// Properties of random runs at one venue (<see cref="VenueRun"/>): several guests' real journeys through the
/// experience model, delivered as numbered activities, interleaved with claims and resolutions by a few users,
/// escalations, follow-ups marked done and outboxes sent again.
/// </summary>
public sealed class VenueProperties
{
    [Fact]
    public void A_delivery_applied_twice_changes_nothing() =>
        Prop.ForAll(VenueStep.Runs, steps =>
        {
            var run = VenueRun.Play(steps);

            Assert.All(run.Redeliveries, again => Assert.Empty(again.Changes));
            Assert.Equal(VenueRun.Observe(run.OnceChanges), VenueRun.Observe(run.Changes.Select(c => c.Change)));
            var observed = VenueRun.Observe(run.Venue, run.Now);
            Assert.Equal(VenueRun.Observe(run.Once, run.Now), observed);
            Assert.All(run.DeliverAllAgain(), again =>
            {
                Assert.Empty(again.Changes);
                Assert.Equal(observed, VenueRun.Observe(again.State, run.Now));
            });
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_venues_moment_counts_are_the_moments_delivered_in_the_last_hour() =>
        Prop.ForAll(VenueStep.Runs, steps => VenueRun.Play(steps, check: run =>
        {
            var nowMinute = run.Now.ToUnixTimeSeconds() / 60;
            var recent = run.Delivered
                .Where(d => Minute(d) > nowMinute - VenueModel.WindowMinutes)
                .SelectMany(d => (d.Activity.TouchpointMoments ?? []).Select(m => (Minute: Minute(d), Moment: m)))
                .ToList();

            var view = VenueModel.View(run.Venue, run.Now);
            Assert.Equal(Count(recent.Select(r => r.Moment)), view.LastHour);
            Assert.Equal(ByTouchpoint(recent.Select(r => r.Moment)), view.Touchpoints!.OrderBy(t => t.Key, StringComparer.Ordinal));
            Assert.Equal(
                recent.GroupBy(r => r.Minute).OrderBy(g => g.Key).Select(g => (g.Key, Count(g.Select(r => r.Moment)))),
                view.Trend!.Select(m => (m.Minute, new MomentCounts(m.Misery, m.Mediocrity, m.Wow))));
        })).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_moment_reaches_the_history_once() =>
        Prop.ForAll(VenueStep.Runs, steps =>
        {
            var run = VenueRun.Play(steps);
            var minutes = run.Changes.Select(c => c.Change).OfType<MinuteFinished>().Select(m => m.Minute).ToList();
            var counted = minutes.Select(m => m.Tally).Concat(run.Venue.Tallies.Values).ToList();

            Assert.Equal(Enumerable.Range(1, minutes.Count).Select(i => (long)i), minutes.Select(m => m.Sequence));
            Assert.Equal(minutes.Count, run.Venue.MinutesSent);
            Assert.Equal(
                ByTouchpoint(run.Delivered.SelectMany(d => d.Activity.TouchpointMoments ?? [])),
                counted.SelectMany(t => t.Touchpoints)
                    .GroupBy(t => t.Key).Select(g => (g.Key, g.Aggregate(MomentCounts.None, (sum, t) => sum.Plus(t.Value))))
                    .OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => KeyValuePair.Create(t.Key, t.Item2)));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Every_alert_ends_in_exactly_one_terminal_status() =>
        Prop.ForAll(VenueStep.Runs, steps =>
        {
            var run = VenueRun.Play(steps, endVisits: true);
            var raised = new HashSet<string>(StringComparer.Ordinal);
            var closed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (step, change) in run.Changes.Where(c => c.Change is AlertChanged).Select(c => (c.Step, (AlertChanged)c.Change)))
            {
                var (id, status) = (change.Alert.AlertId, change.Alert.Status);
                Assert.False(closed.ContainsKey(id), $"{id} {change.Change} ({status}) after it closed {closed.GetValueOrDefault(id)}, at {step}");
                Assert.True(raised.Add(id) == (change.Change == AlertChange.Raised), $"{id} {change.Change} at {step}");
                if (change.Change == AlertChange.Closed)
                {
                    Assert.Contains(status, (string[])[AlertStatus.Resolved, AlertStatus.Expired]);
                    closed[id] = status;
                }
                else
                {
                    Assert.True(AlertStatus.IsOpen(status), $"{id} {change.Change} but {status}");
                }
            }

            // Every visit has ended: each alert raised closed once, and the venue holds none.
            Assert.Equal(raised.Order(StringComparer.Ordinal), closed.Keys.Order(StringComparer.Ordinal));
            Assert.Empty(run.Venue.OpenVisits);
            Assert.Empty(run.Venue.Alerts);
            var view = VenueModel.View(run.Venue, run.Now);
            Assert.Equal((0, view.AtRiskTotal), (view.OpenAlerts, view.AlertedVisitsEnded));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void An_alerts_claim_belongs_to_one_user_at_a_time() =>
        Prop.ForAll(VenueStep.Runs, steps =>
        {
            var run = VenueRun.Play(steps);
            var last = new Dictionary<string, FloorAlert>(StringComparer.Ordinal);
            foreach (var (step, change) in run.Changes.Where(c => c.Change is AlertChanged).Select(c => (c.Step, (AlertChanged)c.Change)))
            {
                var alert = change.Alert;
                var before = last.GetValueOrDefault(alert.AlertId);
                if (before?.ClaimedBy is { } owner)
                {
                    Assert.Equal(owner, alert.ClaimedBy);
                }

                if (change.Change == AlertChange.Claimed)
                {
                    Assert.True(before is { ClaimedBy: null } && AlertStatus.IsOpen(before.Status), $"{alert.AlertId} claimed from {before?.Status} by {before?.ClaimedBy}, at {step}");
                }

                Assert.Equal(alert.ClaimedBy is not null, alert.ClaimedAt is not null);
                Assert.True(!AlertStatus.IsOpen(alert.Status) || (alert.Status == AlertStatus.Claimed) == (alert.ClaimedBy is not null), $"{alert.AlertId} {alert.Status} by {alert.ClaimedBy}");
                last[alert.AlertId] = alert;
            }

            // Each command against the rule it must follow: claim an unclaimed open alert; resolve one unclaimed, one's own, or by taking over.
            foreach (var (command, before, outcome) in run.Commands)
            {
                var allowed = before is not null && AlertStatus.IsOpen(before.Status) && (command.Kind == AlertCommand.Claim
                    ? before.ClaimedBy is null
                    : before.ClaimedBy is null || before.ClaimedBy == command.By || command.Takeover);
                Assert.True(allowed == (outcome.Refusal is null), $"{command} on {before?.Status} by {before?.ClaimedBy}: {outcome.Refusal ?? "applied"}");
                if (allowed)
                {
                    Assert.Equal(before!.ClaimedBy ?? command.By, VenueModel.FindAlert(outcome.State, command.AlertId)!.ClaimedBy);
                }
            }
        }).QuickCheckThrowOnFailure();

    private static long Minute(VenueDelivery delivery) => delivery.Activity.At.ToUnixTimeSeconds() / 60;

    private static MomentCounts Count(IEnumerable<TouchpointMoment> moments) =>
        moments.Aggregate(MomentCounts.None, (sum, m) => sum.With(m.Moment));

    private static IEnumerable<KeyValuePair<string, MomentCounts>> ByTouchpoint(IEnumerable<TouchpointMoment> moments) =>
        moments.GroupBy(m => m.Touchpoint).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, Count(g)));
}
