namespace ExperienceGrid.Domain.Tests.Properties;

/// <summary>One generated touchpoint: catalog kind, value, optional outcome, minutes since the previous one.</summary>
internal sealed record TouchSpec(string Kind, double Value, MomentKind? Outcome, int GapMinutes, string Venue);
