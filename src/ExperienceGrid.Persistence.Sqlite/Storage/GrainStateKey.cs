using Microsoft.Data.Sqlite;

namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>The primary key of a grain_state row.</summary>
internal readonly record struct GrainStateKey(string ServiceId, string StateName, string GrainId)
{
    public const string Where = "service_id = $service AND state_name = $state AND grain_id = $grain";

    public void Bind(SqliteCommand command)
    {
        command.Parameters.AddWithValue("$service", ServiceId);
        command.Parameters.AddWithValue("$state", StateName);
        command.Parameters.AddWithValue("$grain", GrainId);
    }
}
