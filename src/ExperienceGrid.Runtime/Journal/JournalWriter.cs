using System.Text.Json;
using ExperienceGrid.Runtime.Activation;
using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Storage;

namespace ExperienceGrid.Runtime.Journal;

/// <summary>Ingestion into the store's journal; envelopes carry the registered route names.</summary>
internal sealed class JournalWriter(IGridStore store, GrainTypeRegistry grains, JournalRouteRegistry routes, GridMetrics metrics) : IJournalWriter
{
    public async ValueTask<AppendResult> AppendAsync(IReadOnlyList<JournalEnvelope> batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var envelope in batch)
        {
            ArgumentException.ThrowIfNullOrEmpty(envelope.MessageId, nameof(batch));
        }

        if (batch.Count == 0)
        {
            return default;
        }

        var result = await store.AppendAsync(batch, ct).ConfigureAwait(false);
        metrics.Appended(result);
        return result;
    }

    public JournalEnvelope Envelope<TGrain, TMessage>(string key, TMessage message, string messageId)
        where TGrain : IGrainWithStringKey
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        var grain = grains.GetByInterface(typeof(TGrain));
        var route = routes.Get(typeof(TGrain), typeof(TMessage));
        var payload = JsonSerializer.SerializeToUtf8Bytes(message, GridJson.Options);
        return new JournalEnvelope(messageId, new GrainId(grain.Name, key), route.MessageType, payload);
    }
}
