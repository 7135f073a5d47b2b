using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Hosting;
using Microsoft.Extensions.Options;

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Configuration.AddCommandLine(args, SiloCommandLine.Switches);
    builder.AddGrid();
    builder.AddTelemetry();
    builder.AddGridHealthChecks();
    builder.Services.AddSilo();
    app = builder.Build();

    // Fail fast, before the grid starts: the chain, published secrets outside Development, then every option
    // validated at start (here rather than in Run, so nothing is logged with a stack trace).
    app.Services.GetRequiredService<ChainConfig>();
    if (DemoSecrets.Refusal(app.Configuration, app.Environment) is { } refusal)
    {
        Console.Error.WriteLine(refusal);
        return 1;
    }

    app.Services.GetService<IStartupValidator>()?.Validate();
}
catch (Exception e) when (StartupErrors.LinesOf(e) is { } lines)
{
    Console.Error.WriteLine(lines);
    return 1;
}

app.MapSilo();
try
{
    app.Run();
}
catch (FrontendJoinException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

return 0;

/// <summary>The silo's entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
