namespace ExperienceGrid.Domain.Configuration;

/// <summary>A named part of a venue's day in its local time (e.g. dinner 17:00–22:00); <see cref="To"/> before <see cref="From"/> runs past midnight.</summary>
public sealed record ShiftBand(string Name, TimeOnly From, TimeOnly To)
{
    public bool Contains(TimeOnly time) => From <= To ? time >= From && time < To : time >= From || time < To;
}
