namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// A front end could not join its cluster within <see cref="GridOptions.FrontendJoinTimeout"/>. Its message is the
/// one line the process prints on stderr before it exits with 1.
/// </summary>
public sealed class FrontendJoinException(string message) : Exception(message)
{
    // The host logs a failed start with ToString(): the message says all there is, a stack trace would only bury it.
    public override string ToString() => $"{nameof(FrontendJoinException)}: {Message}";
}
