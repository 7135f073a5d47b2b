namespace ExperienceGrid.Domain;

/// <summary>A watched wait that started (e.g. <c>queue.joined</c>) and whose measured kind is not reported yet.</summary>
/// <param name="Kind">The measured kind that ends the wait.</param>
/// <param name="Nudged">A nudge was raised for this wait, or given up because its misery time passed first.</param>
[GenerateSerializer, Immutable, Alias("Domain.RunningWait")]
public sealed record RunningWait([property: Id(0)] string Kind, [property: Id(1)] DateTimeOffset StartedAt, [property: Id(2)] bool Nudged);
