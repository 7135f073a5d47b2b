namespace ExperienceGrid.Silo.Grid;

/// <summary>This process as a part of the grid: a silo in Orleans' membership, or a front end connected to the cluster.</summary>
public interface IGridMember
{
    /// <summary>Its address as the operator pages show it (a silo's Orleans address; a front end's host and process).</summary>
    string Address { get; }

    /// <summary>Its name (a silo's Orleans name; "frontend" and the process id).</summary>
    string Name { get; }

    /// <summary>The version of Orleans' membership table this silo has read; null on a front end, which reads none.</summary>
    long? MembershipVersion { get; }

    /// <summary>Null while it can serve requests; else what is wrong ("starting", "no silo reachable").</summary>
    Task<string?> ProblemAsync();
}
