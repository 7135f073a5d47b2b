using ExperienceGrid.Domain;

namespace ExperienceGrid.Silo.Grains;

/// <summary>How staff address a guest: a <c>displayName</c> or <c>name</c> attribute, else a label from the id.</summary>
public static class CustomerNames
{
    public static string? From(Touchpoint touchpoint) =>
        touchpoint.Attributes is { } attributes
            && (attributes.TryGetValue("displayName", out var name) || attributes.TryGetValue("name", out name))
            && !string.IsNullOrWhiteSpace(name)
            ? name.Trim()
            : null;

    public static string Default(string customerId) => $"Guest {customerId}";
}
