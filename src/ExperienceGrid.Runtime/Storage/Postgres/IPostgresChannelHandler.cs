namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>Receives the notifications of one LISTEN channel. Called on the listener loop: MUST NOT block.</summary>
internal interface IPostgresChannelHandler
{
    string Channel { get; }

    void Handle(string payload);
}
