namespace ExperienceGrid.Runtime;

/// <summary>Marker for grain interfaces; their methods return Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;.</summary>
public interface IGrainWithStringKey
{
}
