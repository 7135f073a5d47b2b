using ExperienceGrid.Runtime.Storage;

namespace ExperienceGrid.Runtime.Activation;

/// <summary>A consistent cut of one activation taken inside a turn: its state (null if clean) and buffered outputs.</summary>
internal sealed record ActivationCapture(
    GrainId Grain,
    byte[]? State,
    IReadOnlyList<JournalEnvelope> Outbox,
    IReadOnlyList<ReminderChange> Reminders,
    IReadOnlyList<object> Notifications);
