using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExperienceGrid.LoadGenerator.Hub;

/// <summary>Builds one staff member's connection to a silo's floor hub with the official SignalR client.</summary>
internal static class FloorHubConnections
{
    public const string Path = "/hubs/floor";

    /// <summary>
    /// The alert pushes whose argument carries the <c>triggerEventId</c> the push latency is measured by. Closing
    /// pushes are left out: they carry the trigger of the risk the alert was about, which came earlier.
    /// </summary>
    public static readonly IReadOnlyList<string> AlertEvents = ["alertRaised", "alertUpdated"];

    /// <summary>
    /// WebSockets only: a fallback transport would measure long-polling instead of the push path.
    /// No automatic reconnect: it would return to the same silo, and the fleet moves a dropped
    /// member to another one (see <see cref="StaffFleet"/>).
    /// </summary>
    public static HubConnection Create(Uri silo, string token, Action<JsonElement> onAlert)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(silo, Path), options =>
            {
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                options.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        foreach (var name in AlertEvents)
        {
            connection.On(name, onAlert);
        }

        return connection;
    }
}
