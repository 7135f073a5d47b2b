using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, SiloCommandLine.Switches);
builder.AddGrid();
builder.Services.AddSilo();

var app = builder.Build();
try
{
    // Fail fast, with every problem of the chain listed, before the grid starts.
    app.Services.GetRequiredService<ChainConfig>();
}
catch (ChainConfigException e)
{
    Console.Error.WriteLine("The chain configuration is invalid:");
    foreach (var problem in e.Problems)
    {
        Console.Error.WriteLine($"  {problem}");
    }

    return 2;
}

app.MapSilo();
app.Run();
return 0;

/// <summary>The silo's entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
