namespace ExperienceGrid.Silo.Logging;

/// <summary>
/// Entries of one kind differ only in their values (a grain id, a path): same category, level, event, message
/// template and innermost exception type.
/// </summary>
public readonly record struct LogKind(string Category, LogLevel Level, EventId EventId, string Template, string? ExceptionType)
{
    public static LogKind Of<TState>(string category, LogLevel level, EventId eventId, TState state, Exception? exception) =>
        new(category, level, eventId, TemplateOf(state) ?? eventId.Name ?? "", Innermost(exception)?.GetType().FullName);

    private static string? TemplateOf<TState>(TState state) =>
        state is IReadOnlyList<KeyValuePair<string, object?>> values
            ? values.FirstOrDefault(v => v.Key == "{OriginalFormat}").Value as string
            : null;

    private static Exception? Innermost(Exception? exception)
    {
        while (exception?.InnerException is { } inner)
        {
            exception = inner;
        }

        return exception;
    }
}
