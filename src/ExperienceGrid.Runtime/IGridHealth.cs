namespace ExperienceGrid.Runtime;

/// <summary>Readiness of the grid on this silo.</summary>
public interface IGridHealth
{
    /// <summary>True once the store is open and this silo's partitions are owned and consuming.</summary>
    bool IsReady { get; }
}
