using Microsoft.Data.Sqlite;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// What a silo left in its grid.db: a row's version counts its writes (it starts at 1 and grows by one per write),
/// so the sum of versions is the number of state writes.
/// </summary>
public sealed record GridDatabaseStats(long CustomerRows, long CustomerWrites, double CustomerPayloadBytes, long VenueRows, long VenueWrites, double VenuePayloadBytes, long Reminders)
{
    public static GridDatabaseStats Read(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var states = connection.CreateCommand();
        states.CommandText = """
            SELECT state_name, COUNT(*), SUM(version), AVG(LENGTH(payload)) FROM grain_state GROUP BY state_name
            """;
        long customerRows = 0, customerWrites = 0, venueRows = 0, venueWrites = 0;
        double payload = 0, venuePayload = 0;
        using (var reader = states.ExecuteReader())
        {
            while (reader.Read())
            {
                switch (reader.GetString(0))
                {
                    case "customer":
                        (customerRows, customerWrites, payload) = (reader.GetInt64(1), reader.GetInt64(2), reader.GetDouble(3));
                        break;
                    case "venue":
                        (venueRows, venueWrites, venuePayload) = (reader.GetInt64(1), reader.GetInt64(2), reader.GetDouble(3));
                        break;
                }
            }
        }

        using var reminders = connection.CreateCommand();
        reminders.CommandText = "SELECT COUNT(*) FROM reminders";
        return new GridDatabaseStats(customerRows, customerWrites, payload, venueRows, venueWrites, venuePayload, (long)reminders.ExecuteScalar()!);
    }
}
