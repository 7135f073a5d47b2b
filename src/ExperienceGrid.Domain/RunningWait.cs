namespace ExperienceGrid.Domain;

/// <summary>A watched wait that started (e.g. <c>queue.joined</c>) and whose measured kind is not reported yet.</summary>
/// <param name="Kind">The measured kind that ends the wait.</param>
/// <param name="Nudged">A nudge was raised for this wait, or given up because its misery time passed first.</param>
public sealed record RunningWait(string Kind, DateTimeOffset StartedAt, bool Nudged);
