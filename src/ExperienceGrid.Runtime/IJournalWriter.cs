namespace ExperienceGrid.Runtime;

/// <summary>Durable, idempotent ingestion into the partitioned journal.</summary>
public interface IJournalWriter
{
    /// <summary>Appends the batch in one durable transaction; returns only after it is committed.</summary>
    ValueTask<AppendResult> AppendAsync(IReadOnlyList<JournalEnvelope> batch, CancellationToken ct);

    /// <summary>Builds an envelope for the journal route registered for (<typeparamref name="TGrain"/>, <typeparamref name="TMessage"/>).</summary>
    JournalEnvelope Envelope<TGrain, TMessage>(string key, TMessage message, string messageId) where TGrain : IGrainWithStringKey;
}
