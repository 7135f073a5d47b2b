using ExperienceGrid.LoadGenerator.Soak;

namespace ExperienceGrid.LoadGenerator.Tests.Soak;

public sealed class SoakLineTests
{
    [Fact]
    public void A_sample_is_one_line_with_the_p99s_first_and_units_after_values()
    {
        var sample = new SoakSample(
            60.02,
            new Dictionary<string, double>
            {
                [SoakMeasures.Rss("127.0.0.1:5080")] = 312.88,
                [SoakMeasures.Handles("127.0.0.1:5080")] = 400,
                [SoakMeasures.HttpP99] = 27.1,
            },
            ["redis 127.0.0.1:1: It was not possible to connect"]);

        var line = SoakLine.Format(sample, 1, 30);

        Assert.Equal("[   60s] soak sample 1/30: http p99 27.1 ms · 127.0.0.1:5080 handles 400 · 127.0.0.1:5080 rss 312.9 MiB · unread: redis 127.0.0.1:1: It was not possible to connect", line);
    }
}
