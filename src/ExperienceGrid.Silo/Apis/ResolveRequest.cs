using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Requests;

namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// The body of <c>POST /api/alerts/{alertId}/resolve</c>: what was done, in words (<c>action</c>) or as the number of
/// the card's playbook action (<c>playbook</c>, from 0), and an optional note.
/// </summary>
public sealed record ResolveRequest(string? Action, int? Playbook, string? Note)
{
    /// <summary>
    /// The request, or null with the problems (wrong types, non-text, too long) added to <paramref name="body"/>'s
    /// errors; that an action is given is the alert commands' check, shared with the floor hub.
    /// </summary>
    public static ResolveRequest? Read(JsonFields body)
    {
        var action = body.String("action", AlertCommands.MaxActionLength);
        var playbook = body.Index("playbook");
        var note = body.String("note", AlertCommands.MaxNoteLength);
        return body.Errors.Count > 0 ? null : new ResolveRequest(action, playbook, note);
    }
}
