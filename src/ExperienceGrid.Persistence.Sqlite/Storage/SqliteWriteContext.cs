using Microsoft.Data.Sqlite;

namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>
/// The writer connection and its prepared commands. Used only by the writer loop, one transaction at a time, so it
/// needs no locking.
/// </summary>
internal sealed class SqliteWriteContext(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    /// <summary>Begins an IMMEDIATE transaction: it takes the write lock up front (or waits for it).</summary>
    public SqliteTransaction Begin() => _transaction = connection.BeginTransaction(deferred: false);

    /// <summary>The cached command for <paramref name="sql"/> in the current transaction, parameters cleared.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        command.Transaction = _transaction;
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        connection.Dispose();
    }
}
