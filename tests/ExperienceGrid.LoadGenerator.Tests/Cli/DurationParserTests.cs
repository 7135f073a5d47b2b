namespace ExperienceGrid.LoadGenerator.Tests.Cli;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("500ms", 0.5)]
    [InlineData("20s", 20)]
    [InlineData("1.5m", 90)]
    [InlineData("1h", 3600)]
    [InlineData("45", 45)]
    [InlineData("00:01:30", 90)]
    public void Reads_durations_people_type(string text, double seconds)
    {
        Assert.True(DurationParser.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10x")]
    [InlineData("s")]
    [InlineData("NaNs")]
    public void Refuses_what_is_not_a_duration(string text) => Assert.False(DurationParser.TryParse(text, out _));
}
