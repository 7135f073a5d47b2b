using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Risk;

public sealed class RecoveryTests
{
    [Fact]
    public void An_apology_recovers_the_misery_clears_the_risk_and_is_credited()
    {
        var guest = new Guest("recover-1");
        guest.Touch("complaint", 0);
        var complaintId = guest.Visit.Moments[0].EventId;
        Assert.NotNull(guest.Visit.Risk);

        guest.Touch("apology", 2);

        var credit = Assert.Single(guest.Last.OfType<RecoveryCredited>());
        Assert.Equal(complaintId, credit.MomentEventId);
        Assert.Equal("staff-7", credit.StaffId);
        Assert.True(guest.Visit.Moments[0].Recovered);
        Assert.True(guest.Visit.Moments[1].IsRecovery);
        Assert.Equal(1, guest.Visit.RecoveryCount);
        Assert.Null(guest.Visit.Risk);
        Assert.Null(Assert.Single(guest.Last.OfType<RiskChanged>()).Risk);
    }

    [Fact]
    public void An_explicit_wow_after_misery_recovers_it()
    {
        var guest = new Guest("recover-2");
        guest.Touch("staff.said_no", 0);
        guest.Touch("menu.help", 1, outcome: MomentKind.Wow);
        Assert.True(guest.Visit.Moments[0].Recovered);
        Assert.Single(guest.SignalsOf<RecoveryCredited>());
    }

    [Fact]
    public void A_measured_wow_is_not_a_recovery()
    {
        var guest = new Guest("recover-3");
        guest.Touch("staff.said_no", 0);
        guest.Touch("food.served", 1, value: 4);
        Assert.False(guest.Visit.Moments[0].Recovered);
        Assert.Empty(guest.SignalsOf<RecoveryCredited>());
    }

    [Fact]
    public void One_recovery_answers_one_misery_oldest_first()
    {
        var guest = new Guest("recover-4");
        guest.Touch("transfer", 0);
        guest.Touch("policy.quoted", 1);
        guest.Touch("apology", 2);
        Assert.True(guest.Visit.Moments[0].Recovered);
        Assert.False(guest.Visit.Moments[1].Recovered);
    }

    [Fact]
    public void A_recovered_misery_hurts_the_score_less()
    {
        var recovered = new Guest("recover-5");
        recovered.Touch("complaint", 0);
        var before = recovered.Visit.Score;
        recovered.Touch("apology", 1);
        Assert.True(recovered.Visit.Score > before);
    }
}
