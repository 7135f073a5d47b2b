using System.Buffers;
using System.Text;
using ExperienceGrid.Silo.Ingestion;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// Checks of the text a client passes to a hub method: a missing, overlong or broken argument is a refusal naming it
/// (a <see cref="HubException"/>, which the client sees), never a server error.
/// </summary>
public static class HubArguments
{
    /// <summary>Longest key the grid composes from ids (a nudge's is customer, kind and time), in characters.</summary>
    public const int MaxKeyLength = 4 * TouchpointLimits.MaxIdLength;

    /// <summary>An id (venueId, alertId, nudgeId, zone): required, and what an ingested id may be.</summary>
    public static string Id(string? value, string name)
    {
        var text = Text(value, name, TouchpointLimits.MaxIdLength);
        return TouchpointLimits.IdProblem(text) is { } problem ? throw new HubException($"{name} {problem}.") : text;
    }

    /// <summary>A key the grid composed from ids (nudgeId): required, well-formed, of at most <see cref="MaxKeyLength"/> characters.</summary>
    public static string Key(string? value, string name) => Text(value, name, MaxKeyLength);

    /// <summary>An optional id: null stays null.</summary>
    public static string? OptionalId(string? value, string name) => value is null ? null : Id(value, name);

    /// <summary>Required text of at most <paramref name="maxLength"/> characters: well-formed UTF-16, no control characters.</summary>
    public static string Text(string? value, string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new HubException($"{name} is required.");
        }

        if (value.Length > maxLength)
        {
            throw new HubException($"{name} must be at most {maxLength} characters.");
        }

        if (!IsWellFormed(value) || TouchpointLimits.HasControl(value))
        {
            throw new HubException($"{name} must be well-formed text without control characters.");
        }

        return value;
    }

    /// <summary>Refuses text with a lone surrogate; null and the rest are left for the command to judge.</summary>
    public static void WellFormed(string? value, string name)
    {
        if (value is not null && !IsWellFormed(value))
        {
            throw new HubException($"{name} must be well-formed text.");
        }
    }

    // A lone surrogate cannot be stored or sent on as JSON text.
    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out _, out var used) != OperationStatus.Done)
            {
                return false;
            }

            text = text[used..];
        }

        return true;
    }
}
