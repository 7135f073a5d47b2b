using ExperienceGrid.Domain.Scoring;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Classification;

public sealed class MomentClassifierTests
{
    private static Moment Classify(Touchpoint tp)
    {
        Assert.True(DemoChain.Config.TryGetTouchpoint(tp.Kind, out var def));
        return MomentClassifier.Classify(tp, def, weight: 1);
    }

    private static Touchpoint Tp(string kind, double? value = null, MomentKind? outcome = null, Dictionary<string, string>? attributes = null) =>
        new("e1", "c1", DemoChain.BurgerVenue, kind, Guest.T0, value, outcome, Attributes: attributes);

    [Fact]
    public void An_explicit_outcome_wins_over_the_measurement()
    {
        var moment = Classify(Tp("queue.wait", value: 1, outcome: MomentKind.Misery));
        Assert.Equal(MomentKind.Misery, moment.MomentKind);
    }

    [Fact]
    public void An_explicit_outcome_wins_over_the_kind()
    {
        Assert.Equal(MomentKind.Wow, Classify(Tp("complaint", outcome: MomentKind.Wow)).MomentKind);
    }

    [Fact]
    public void Confirming_outcome_keeps_the_measured_depth()
    {
        var measured = Classify(Tp("queue.wait", value: 10));
        var confirmed = Classify(Tp("queue.wait", value: 10, outcome: MomentKind.Misery));
        Assert.Equal(measured.Intensity, confirmed.Intensity);
    }

    [Theory]
    [InlineData("staff.said_no", AntiPattern.SaidNoWithoutAlternative)]
    [InlineData("policy.quoted", AntiPattern.QuotedPolicy)]
    [InlineData("transfer", AntiPattern.NeedlessTransfer)]
    public void Anti_pattern_kinds_are_misery_with_their_anti_pattern(string kind, AntiPattern antiPattern)
    {
        var moment = Classify(Tp(kind));
        Assert.Equal(MomentKind.Misery, moment.MomentKind);
        Assert.Equal(antiPattern, moment.AntiPattern);
    }

    [Fact]
    public void Complaint_is_misery_and_extra_gesture_is_wow()
    {
        Assert.Equal(MomentKind.Misery, Classify(Tp("complaint")).MomentKind);
        Assert.Equal(MomentKind.Wow, Classify(Tp("extra.gesture")).MomentKind);
    }

    [Fact]
    public void Attributes_set_anti_pattern_and_intensity()
    {
        var moment = Classify(Tp("complaint", attributes: new() { ["antiPattern"] = "told_guest_wrong", ["intensity"] = "0.9" }));
        Assert.Equal(AntiPattern.ToldGuestWrong, moment.AntiPattern);
        Assert.Equal(0.9, moment.Intensity);
    }

    [Fact]
    public void Anti_patterns_are_only_recorded_on_misery()
    {
        var moment = Classify(Tp("staff.said_no", outcome: MomentKind.Mediocrity));
        Assert.Null(moment.AntiPattern);
    }

    [Fact]
    public void A_measured_kind_without_a_value_is_neutral()
    {
        var moment = Classify(Tp("queue.wait"));
        Assert.Equal(MomentKind.Mediocrity, moment.MomentKind);
        Assert.Equal(0, moment.Impact);
    }

    [Fact]
    public void Markers_are_not_moments_but_are_counted()
    {
        var guest = new Guest("classify-marker");
        guest.Touch("visit.start", 0);
        guest.Touch("queue.joined", 1);
        Assert.Empty(guest.Visit.Moments);
        Assert.Equal(2, guest.State.TouchpointCount);
        Assert.Empty(guest.SignalsOf<MomentRecorded>());
    }
}
