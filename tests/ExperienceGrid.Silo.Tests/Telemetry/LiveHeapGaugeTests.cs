using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using ExperienceGrid.Silo.Telemetry;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Telemetry;

/// <summary>The live heap gauge follows what survives a gen 2 collection, not the garbage waiting for one.</summary>
[Collection(nameof(ProcessWideMetrics))]
public sealed class LiveHeapGaugeTests
{
    private const int Block = 64 * 1024 * 1024;
    private readonly IMeterFactory _meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    [Fact]
    public void It_counts_a_live_block_after_a_full_collection_and_not_once_the_block_is_garbage()
    {
        _ = new GridMetrics(_meters);
        using var gauge = new InstrumentRecorder<long>(_meters, "experiencegrid.gc.live_heap");

        ObserveHoldingABlock(gauge);
        CollectAndObserve(gauge);

        var (withBlock, withoutBlock) = (gauge.Values[0], gauge.Values[1]);
        Assert.True(withBlock >= Block, $"{withBlock:N0} bytes live with a {Block:N0}-byte block");
        Assert.True(withBlock - withoutBlock >= Block * 0.9, $"{withBlock:N0} → {withoutBlock:N0} bytes once the block is garbage");
    }

    // Its own frame, so no local of the test method keeps the block reachable (unoptimized code may until it returns).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ObserveHoldingABlock(InstrumentRecorder<long> gauge)
    {
        var block = new byte[Block];
        Array.Fill(block, (byte)1);
        CollectAndObserve(gauge);
        GC.KeepAlive(block);
    }

    private static void CollectAndObserve(InstrumentRecorder<long> gauge)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        gauge.Observe();
    }
}
