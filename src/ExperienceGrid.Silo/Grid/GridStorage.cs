namespace ExperienceGrid.Silo.Grid;

/// <summary>The name of the grain storage every grain of the grid keeps its state in.</summary>
public static class GridStorage
{
    public const string Name = "grid";
}
