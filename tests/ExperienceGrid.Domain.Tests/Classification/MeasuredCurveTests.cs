using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Scoring;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Classification;

public sealed class MeasuredCurveTests
{
    private static MeasuredThresholds Thresholds(string kind)
    {
        Assert.True(DemoChain.Config.TryGetTouchpoint(kind, out var def));
        return def.Thresholds!;
    }

    [Theory]
    [InlineData(0, MomentKind.Wow, 1.0)]
    [InlineData(2, MomentKind.Wow, 0.5)]
    [InlineData(4, MomentKind.Mediocrity, 0.5)]
    [InlineData(6, MomentKind.Mediocrity, 1.0)]
    [InlineData(12, MomentKind.Misery, 1.0)]
    [InlineData(30, MomentKind.Misery, 1.0)]
    public void Queue_wait_maps_minutes_to_moments(double minutes, MomentKind kind, double intensity)
    {
        var (actualKind, actualIntensity) = MomentClassifier.FromMeasurement(Thresholds("queue.wait"), minutes);
        Assert.Equal(kind, actualKind);
        Assert.Equal(intensity, actualIntensity, 9);
    }

    [Fact]
    public void Misery_starts_strong_just_past_the_threshold_and_deepens_non_linearly()
    {
        var t = Thresholds("queue.wait");
        double At(double minutes) => MomentClassifier.FromMeasurement(t, minutes).Intensity;

        Assert.Equal(MomentKind.Misery, MomentClassifier.FromMeasurement(t, 6.01).Kind);
        Assert.InRange(At(6.01), 0.35, 0.4);
        Assert.True(At(9) > At(7.5) && At(10.5) > At(9), "intensity rises with the wait");
        Assert.True(At(9) - At(6.01) > At(12) - At(9), "the curve is steeper early than late (ease-out)");
    }

    [Theory]
    [InlineData(5, MomentKind.Wow)]
    [InlineData(4.5, MomentKind.Wow)]
    [InlineData(4, MomentKind.Mediocrity)]
    [InlineData(3, MomentKind.Mediocrity)]
    [InlineData(2, MomentKind.Misery)]
    public void Survey_rating_is_higher_is_better(double rating, MomentKind kind) =>
        Assert.Equal(kind, MomentClassifier.FromMeasurement(Thresholds("survey.rating"), rating).Kind);

    [Fact]
    public void Higher_is_better_intensity_mirrors_lower_is_better()
    {
        var t = Thresholds("survey.rating");
        Assert.Equal(1.0, MomentClassifier.FromMeasurement(t, 5).Intensity, 9);
        Assert.Equal(1.0, MomentClassifier.FromMeasurement(t, 1).Intensity, 9);
        Assert.True(MomentClassifier.FromMeasurement(t, 2).Intensity > MomentClassifier.FromMeasurement(t, 2.8).Intensity);
    }
}
