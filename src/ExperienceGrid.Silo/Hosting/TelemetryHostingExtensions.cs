using ExperienceGrid.Silo.Telemetry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ExperienceGrid.Silo.Hosting;

public static class TelemetryHostingExtensions
{
    /// <summary>The OpenTelemetry service name of every silo (Prometheus tells silos apart by their scrape target).</summary>
    public const string ServiceName = "experience-grid";

    /// <summary>
    /// .NET's built-in runtime meter (.NET 9+): process working set, GC heap size, thread-pool threads and more,
    /// which a soak run samples to see memory and threads stay flat.
    /// </summary>
    public const string RuntimeMeterName = "System.Runtime";

    /// <summary>The standard OpenTelemetry setting (environment or configuration) that turns on OTLP export.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The activity sources of a touchpoint's trace: ours, Orleans' grain calls and grain storage.</summary>
    public static readonly string[] TraceSources = [GridTracing.SourceName, "Microsoft.Orleans.Application", "Microsoft.Orleans.Storage"];

    /// <summary>
    /// OpenTelemetry metrics: the grid's meter, Orleans' (<c>Microsoft.Orleans</c>), the .NET runtime's (<see cref="RuntimeMeterName"/>) and ASP.NET Core's, on the
    /// Prometheus scrape endpoint (mapped by <c>MapSilo</c>) and over OTLP when <see cref="OtlpEndpointSetting"/> is set;
    /// and the scrape-key sign-in that lets Prometheus read them. Traces (<see cref="TraceSources"/> and ASP.NET Core's)
    /// only with OTLP: without an exporter, recording a span per grain call would be cost for nothing.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>());
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ScrapeKeyHandler>(ScrapeKeyHandler.SchemeName, null);

        var telemetry = builder.Services.AddOpenTelemetry()
            // process.pid (Prometheus' target_info) lets a load generator on the same machine read the silo's /proc for open handles.
            .ConfigureResource(resource => resource.AddService(ServiceName).AddAttributes([new("process.pid", Environment.ProcessId)]))
            .WithMetrics(metrics => metrics
                .AddMeter(GridMetrics.MeterName, "Microsoft.Orleans", RuntimeMeterName)
                .AddAspNetCoreInstrumentation()
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            telemetry.WithTracing(tracing => tracing.AddSource(TraceSources).AddAspNetCoreInstrumentation()).UseOtlpExporter();
        }

        return builder;
    }
}
