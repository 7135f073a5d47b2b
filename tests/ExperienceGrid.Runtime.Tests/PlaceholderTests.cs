namespace ExperienceGrid.Runtime.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Runs() => Assert.Equal(2, 1 + 1);
}
