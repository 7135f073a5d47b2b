using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Risk;

public sealed class RiskRulesTests
{
    [Fact]
    public void An_unrecovered_misery_becomes_a_risk_when_its_recovery_window_expires()
    {
        var guest = new Guest("risk-window");
        guest.Touch("policy.quoted", 0);
        Assert.Null(guest.Visit.Risk);
        Assert.Equal(Guest.At(10), DemoChain.Model.NextCheckAt(guest.State));

        var early = guest.Advance(9.9);
        Assert.Empty(early.Signals);

        guest.Advance(10);
        var risk = Assert.IsType<RiskChanged>(Assert.Single(guest.Last)).Risk;
        Assert.NotNull(risk);
        Assert.Contains(risk.Reasons, r => r.StartsWith("Quoted policy at ", StringComparison.Ordinal) && r.Contains("recovery window", StringComparison.Ordinal));
        Assert.Equal([AntiPattern.QuotedPolicy, AntiPattern.NoApology], risk.AntiPatterns);
        Assert.Equal(Guest.At(10), risk.Since);
        Assert.Equal(risk, guest.Visit.Risk);
        // The window was assessed; what is left is the inactivity close.
        Assert.Equal(Guest.At(120), DemoChain.Model.NextCheckAt(guest.State));
        Assert.Empty(guest.Advance(11).Signals);
    }

    [Fact]
    public void A_late_touchpoint_also_assesses_the_recovery_window()
    {
        var guest = new Guest("risk-late");
        guest.Touch("transfer", 0);
        guest.Touch("order.taken", 15, value: 3);
        Assert.NotNull(guest.Visit.Risk);
        Assert.Single(guest.SignalsOf<RiskChanged>());
    }

    [Fact]
    public void A_low_visit_score_is_a_risk_at_once()
    {
        var guest = new Guest("risk-score");
        guest.Touch("complaint", 0);
        var risk = guest.Visit.Risk;
        Assert.NotNull(risk);
        Assert.Contains(risk.Reasons, r => r.Contains("below the at-risk threshold of 35", StringComparison.Ordinal));
    }

    [Fact]
    public void Repeated_misery_is_a_risk()
    {
        var guest = new Guest("risk-repeat");
        guest.Touch("queue.wait", 0, value: 1);
        guest.Touch("extra.gesture", 1);
        guest.Touch("transfer", 2);
        Assert.Null(guest.Visit.Risk);
        guest.Touch("transfer", 3);
        var risk = guest.Visit.Risk;
        Assert.NotNull(risk);
        Assert.Contains("2 unrecovered miseries in this visit (Passed to someone else, Passed to someone else)", risk.Reasons);
    }

    [Fact]
    public void Any_misery_puts_a_top_tier_guest_at_risk_but_not_a_bronze_one()
    {
        var gold = new Guest("risk-gold").WithLoyalty(70);
        gold.Touch("transfer", 0);
        var bronze = new Guest("risk-bronze");
        bronze.Touch("transfer", 0);

        Assert.Null(bronze.Visit.Risk);
        var risk = gold.Visit.Risk;
        Assert.NotNull(risk);
        Assert.Contains(risk.Reasons, r => r.StartsWith("Gold guest (loyalty 70) had a misery", StringComparison.Ordinal));
    }

    [Fact]
    public void Priority_is_severity_times_customer_value_and_values_loyal_guests_more()
    {
        var loyal = new Guest("risk-prio-loyal").WithLoyalty(45);
        loyal.Touch("complaint", 0);
        var newcomer = new Guest("risk-prio-new");
        newcomer.Touch("complaint", 0);

        var a = loyal.Visit.Risk!;
        var b = newcomer.Visit.Risk!;
        Assert.Equal(a.Severity * a.CustomerValue, a.Priority, 12);
        Assert.Equal(a.Severity, b.Severity, 12);
        Assert.True(a.CustomerValue > b.CustomerValue);
        Assert.True(a.Priority > b.Priority);
        Assert.InRange(a.Severity, 0, 1);
    }

    [Fact]
    public void Reasons_are_sentences_not_bare_numbers()
    {
        var guest = new Guest("risk-words").WithLoyalty(90);
        guest.Touch("complaint", 0);
        guest.Touch("staff.said_no", 1);
        guest.Advance(11);
        var risk = guest.Visit.Risk!;
        Assert.True(risk.Reasons.Count >= 4);
        Assert.All(risk.Reasons, r => Assert.True(r.Count(char.IsLetter) > 10, r));
    }

    [Fact]
    public void Reasons_tell_what_happened_first_then_the_rules_weightiest_first_and_the_visit_score_last()
    {
        var guest = new Guest("risk-order");
        guest.Touch("staff.said_no", 0);
        guest.Touch("complaint", 1);

        var risk = guest.Visit.Risk!;

        Assert.Equal(3, risk.Reasons.Count);
        Assert.Equal($"Told no at {Guest.At(0):HH:mm}, then Complaint at {Guest.At(1):HH:mm}", risk.Reasons[0]);
        Assert.Equal("2 unrecovered miseries in this visit (Told no, Complaint)", risk.Reasons[1]);
        Assert.StartsWith("Visit score ", risk.Reasons[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_an_at_risk_visit_clears_the_alert()
    {
        var guest = new Guest("risk-close");
        guest.Touch("complaint", 0);
        guest.Touch("visit.end", 5);
        var cleared = guest.Last.OfType<RiskChanged>().Single();
        Assert.Null(cleared.Risk);
    }
}
