using ExperienceGrid.LoadGenerator.Cli;
using ExperienceGrid.LoadGenerator.Tests.Infrastructure;
using Spectre.Console;

namespace ExperienceGrid.LoadGenerator.Tests.Cli;

public sealed class ArgumentTests
{
    [Theory]
    [InlineData("--rate", "0")]
    [InlineData("--rate", "-5")]
    [InlineData("--rate", "fast")]
    [InlineData("--duration", "10x")]
    [InlineData("--duration", "0s")]
    [InlineData("--batch", "0")]
    [InlineData("--batch", "20000")]
    [InlineData("--customers", "0")]
    [InlineData("--staff", "-1")]
    [InlineData("--target", "not a url")]
    [InlineData("--target", "ftp://127.0.0.1")]
    [InlineData("--chain", "/nowhere/chain.json")]
    [InlineData("--kill-at", "20s")]
    public async Task A_bad_value_exits_with_2_and_names_the_option(string option, string value)
    {
        var (exitCode, errors) = await Run(option, value);

        Assert.Equal(EgLoadApp.BadArguments, exitCode);
        Assert.Contains(option, errors);
    }

    [Fact]
    public async Task An_unknown_option_exits_with_2()
    {
        var (exitCode, errors) = await Run("--rat", "5");

        Assert.Equal(2, exitCode);
        Assert.Contains("--rat", errors);
    }

    [Fact]
    public async Task Restart_before_kill_is_refused()
    {
        var (exitCode, errors) = await Run("--target", "http://127.0.0.1:1", "--duration", "60s", "--kill-silo", "1", "--kill-at", "30s", "--restart-at", "20s");

        Assert.Equal(2, exitCode);
        Assert.Contains("--restart-at", errors);
    }

    [Fact]
    public async Task Help_lists_the_options_and_exits_with_0()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });

        var exitCode = await EgLoadApp.RunAsync(["--help"], console, new StringWriter(), CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Contains("--find-max", output.ToString());
        Assert.Contains("--kill-silo", output.ToString());
    }

    private static async Task<(int ExitCode, string Errors)> Run(params string[] args)
    {
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        string[] all = args.Contains("--chain") ? args : [.. args, "--chain", DemoChain.Path];
        var exitCode = await EgLoadApp.RunAsync(all, console, errors, CancellationToken.None);
        return (exitCode, errors.ToString());
    }
}
