namespace ExperienceGrid.Runtime;

/// <summary>Identity of a grain: its registered type name and its string key.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    /// <summary>Returns "type/key".</summary>
    public override string ToString() => $"{Type}/{Key}";
}
