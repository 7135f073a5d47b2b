using ExperienceGrid.LoadGenerator.Cli;
using ExperienceGrid.LoadGenerator.Tests.Infrastructure;
using Spectre.Console;

namespace ExperienceGrid.LoadGenerator.Tests.Cli;

public sealed class SoakArgumentTests
{
    [Theory]
    [InlineData("--duration", "--soak", "--duration", "5m")] // needs 2m warm-up + 2 × 2m windows
    [InlineData("--sample-every", "--soak", "--duration", "30m", "--sample-every", "0s")]
    [InlineData("--sample-every", "--soak", "--duration", "30m", "--sample-every", "soon")]
    [InlineData("--soak-window", "--soak", "--duration", "30m", "--sample-every", "2m", "--soak-window", "1m")]
    [InlineData("--warm-up", "--soak", "--duration", "30m", "--warm-up", "-1m")]
    [InlineData("--redis", "--soak", "--duration", "30m", "--redis", "localhost")]
    [InlineData("--redis", "--soak", "--duration", "30m", "--redis", "127.0.0.1:99999")]
    [InlineData("--find-max", "--soak", "--duration", "30m", "--find-max")]
    [InlineData("--sample-every", "--duration", "30m", "--sample-every", "1m")]
    [InlineData("--redis", "--duration", "30m", "--redis", "127.0.0.1:6379")]
    [InlineData("--warm-up", "--warm-up", "1m")]
    public async Task A_bad_soak_argument_exits_with_2_and_names_it(string named, params string[] args)
    {
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });

        var exitCode = await EgLoadApp.RunAsync([.. args, "--chain", DemoChain.Path, "--target", "http://127.0.0.1:1"], console, errors, CancellationToken.None);

        Assert.Equal(EgLoadApp.BadArguments, exitCode);
        Assert.Contains(named, errors.ToString());
    }

    [Fact]
    public async Task Help_lists_the_soak_options()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });

        var exitCode = await EgLoadApp.RunAsync(["--help"], console, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.All(new[] { "--soak", "--sample-every", "--warm-up", "--soak-window", "--redis" }, option => Assert.Contains(option, output.ToString()));
    }
}
