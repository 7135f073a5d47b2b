namespace ExperienceGrid.Runtime.Journal;

/// <summary>How journal messages of type <paramref name="MessageType"/> reach a grain method.</summary>
internal sealed record JournalRoute(string MessageType, Type GrainInterface, Type MessageClrType, Func<Grain, ReadOnlyMemory<byte>, Task> Invoke);
