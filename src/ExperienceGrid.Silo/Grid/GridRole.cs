namespace ExperienceGrid.Silo.Grid;

/// <summary>What a process of the grid hosts: a silo with the grains, or a front end of a cluster without them.</summary>
public enum GridRole
{
    /// <summary>An Orleans silo co-hosted with the web app: the grains, their storage and reminders, and the APIs, hubs and pages.</summary>
    Silo,

    /// <summary>
    /// The APIs, hubs and pages as an Orleans client of a Redis cluster (<see cref="GridOptions.Redis"/>): no grains,
    /// no grain storage or reminders, no demo and no Orleans dashboard; the silos' pushes arrive through the backplane.
    /// </summary>
    Frontend,
}
