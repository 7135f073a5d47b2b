using ExperienceGrid.LoadGenerator.Soak;

namespace ExperienceGrid.LoadGenerator.Tests.Soak;

public sealed class PrometheusTextTests
{
    // As a silo's /metrics answers it (trimmed).
    private const string Scrape = """
        # TYPE target_info gauge
        # HELP target_info Target metadata
        target_info{service_name="experience-grid",service_instance_id="476b1a5f",process_pid="16275",telemetry_sdk_version="1.21.0"} 1
        # TYPE dotnet_gc_last_collection_heap_size_bytes gauge
        # UNIT dotnet_gc_last_collection_heap_size_bytes bytes
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="gen0"} 1705672
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="gen1"} 267472
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="gen2"} 6164640
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="loh"} 58773456
        dotnet_gc_last_collection_heap_size_bytes{otel_scope_name="System.Runtime",gc_heap_generation="poh"} 24528
        dotnet_process_memory_working_set_bytes{otel_scope_name="System.Runtime"} 224264192 1733370000000
        dotnet_thread_pool_thread_count{otel_scope_name="System.Runtime"} 3
        experiencegrid_note{text="a \"quoted\" {brace}, and a comma"} 2.5e1
        up 1
        """;

    [Fact]
    public void Sums_every_series_of_a_metric()
    {
        var metrics = PrometheusText.Parse(Scrape);

        Assert.Equal(1705672d + 267472 + 6164640 + 58773456 + 24528, metrics.Sum("dotnet_gc_last_collection_heap_size_bytes"));
        Assert.Equal(224264192d, metrics.Sum("dotnet_process_memory_working_set_bytes"));
        Assert.Equal(3d, metrics.Sum("dotnet_thread_pool_thread_count"));
        Assert.Equal(1d, metrics.Sum("up"));
        Assert.Null(metrics.Sum("dotnet_missing"));
    }

    [Fact]
    public void Reads_labels_including_escaped_quotes_and_braces()
    {
        var metrics = PrometheusText.Parse(Scrape);

        Assert.Equal("16275", metrics.Label("target_info", "process_pid"));
        Assert.Equal("a \"quoted\" {brace}, and a comma", metrics.Label("experiencegrid_note", "text"));
        Assert.Equal(25d, metrics.Sum("experiencegrid_note"));
        Assert.Null(metrics.Label("target_info", "nothing"));
    }

    [Fact]
    public void Skips_what_it_cannot_read()
    {
        var metrics = PrometheusText.Parse("garbage\nbroken{a=\"1\" 3\nok 2\n\n# only a comment");

        Assert.Equal(2d, metrics.Sum("ok"));
        Assert.Null(metrics.Sum("garbage"));
    }
}
