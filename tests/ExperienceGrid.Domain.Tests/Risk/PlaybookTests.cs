using ExperienceGrid.Domain.Scoring;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Risk;

public sealed class PlaybookTests
{
    public static TheoryData<AntiPattern> AllAntiPatterns() => [.. Enum.GetValues<AntiPattern>()];

    [Theory]
    [MemberData(nameof(AllAntiPatterns))]
    public void Every_anti_pattern_has_its_own_concrete_action(AntiPattern antiPattern)
    {
        var actions = RecoveryPlaybook.ActionsFor(antiPattern);
        Assert.NotEmpty(actions);
        Assert.DoesNotContain(RecoveryPlaybook.CheckInAction, actions);
        var others = Enum.GetValues<AntiPattern>().Where(a => a != antiPattern).SelectMany(RecoveryPlaybook.ActionsFor);
        Assert.Empty(actions.Intersect(others));
    }

    [Fact]
    public void Saying_no_is_answered_with_what_staff_can_do()
    {
        Assert.Contains("Tell the guest what you CAN do right now: offer two alternatives.",
            RecoveryPlaybook.ActionsFor(AntiPattern.SaidNoWithoutAlternative));
    }

    [Fact]
    public void The_alert_carries_the_actions_for_what_happened()
    {
        var guest = new Guest("playbook-1");
        guest.Touch("staff.said_no", 0);
        guest.Touch("complaint", 1, attributes: new Dictionary<string, string> { ["antiPattern"] = "AccusedOrInterrogated" });

        var risk = guest.Visit.Risk!;
        Assert.Equal([AntiPattern.SaidNoWithoutAlternative, AntiPattern.AccusedOrInterrogated, AntiPattern.NoApology], risk.AntiPatterns);
        Assert.Equal(RecoveryPlaybook.ActionsFor(risk.AntiPatterns), risk.Actions);
        Assert.Contains(risk.Actions, a => a.Contains("CAN do", StringComparison.Ordinal));
        Assert.Contains(risk.Actions, a => a.StartsWith("Apologise", StringComparison.Ordinal));
    }

    [Fact]
    public void An_apology_after_the_misery_removes_no_apology()
    {
        var guest = new Guest("playbook-2");
        guest.Touch("transfer", 0);
        guest.Touch("policy.quoted", 1);
        guest.Touch("policy.quoted", 2);
        Assert.Contains(AntiPattern.NoApology, guest.Visit.Risk!.AntiPatterns);

        guest.Touch("apology", 3);

        Assert.DoesNotContain(AntiPattern.NoApology, guest.Visit.Risk!.AntiPatterns);
    }

    [Fact]
    public void A_risk_without_anti_patterns_still_tells_staff_what_to_do()
    {
        Assert.Equal([RecoveryPlaybook.CheckInAction], RecoveryPlaybook.ActionsFor([]));
    }
}
