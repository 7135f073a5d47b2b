using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ExperienceGrid.LoadGenerator.Tests.Infrastructure;

/// <summary>
/// What the staff fleet talks to on a silo, on a loopback Kestrel port: POST /api/auth/token issuing a
/// token per user, and a real SignalR hub at /hubs/floor that admits only bearers of an issued token.
/// Either can be left out to play a silo that does not have it yet.
/// </summary>
public sealed class FakeFloorSilo : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HubCallerContext> _joined = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _joins = new();
    private readonly IReadOnlySet<string>? _venues;
    private readonly WebApplication _app;

    private FakeFloorSilo(bool signIn, bool hub, IReadOnlySet<string>? venues)
    {
        _venues = venues;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSignalR();
        builder.Services.AddSingleton(this);
        _app = builder.Build();
        _app.Use(Authenticate);
        if (signIn)
        {
            _app.MapPost("/api/auth/token", SignIn);
        }

        if (hub)
        {
            _app.MapHub<FakeFloorHub>("/hubs/floor");
        }
    }

    public Uri Url => new(_app.Urls.Single());

    /// <summary>"user@venue" of every JoinVenue that succeeded, in order.</summary>
    public IReadOnlyList<string> Joins => [.. _joins];

    /// <param name="venues">The venues the hub knows; any when null.</param>
    public static async Task<FakeFloorSilo> StartAsync(bool signIn = true, bool hub = true, IReadOnlySet<string>? venues = null)
    {
        var silo = new FakeFloorSilo(signIn, hub, venues);
        await silo._app.StartAsync();
        return silo;
    }

    /// <summary>Pushes an alert object, as the silo's VenueFeed does, to the venue's staff.</summary>
    public Task PushAsync(string venueId, string triggerEventId, string method = "alertRaised") =>
        _app.Services.GetRequiredService<IHubContext<FakeFloorHub>>().Clients.Group(venueId).SendAsync(
            method, new { alertId = $"{venueId}:{triggerEventId}", triggerEventId, venueId, status = "open" });

    /// <summary>Aborts every joined connection, as a dying silo would, while this silo keeps serving.</summary>
    public void DropConnections()
    {
        foreach (var connection in _joined.Values)
        {
            connection.Abort();
        }
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    internal bool Knows(string venueId) => _venues?.Contains(venueId) ?? true;

    internal void Joined(HubCallerContext connection, string user, string venueId)
    {
        _joined[connection.ConnectionId] = connection;
        _joins.Enqueue($"{user}@{venueId}");
    }

    internal void Left(HubCallerContext connection) => _joined.TryRemove(connection.ConnectionId, out _);

    private async Task<IResult> SignIn(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body);
        var user = body.RootElement.GetProperty("user").GetString()!;
        if (body.RootElement.GetProperty("password").GetString() != "demo")
        {
            return Results.Unauthorized();
        }

        var token = Guid.NewGuid().ToString("N");
        _users[token] = user;
        return Results.Ok(new { token });
    }

    /// <summary>Negotiate and WebSocket requests must carry an issued token, as a header or as <c>access_token</c>.</summary>
    private async Task Authenticate(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/hubs/floor"))
        {
            var header = context.Request.Headers.Authorization.ToString();
            var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : context.Request.Query["access_token"].ToString();
            if (!_users.TryGetValue(token, out var user))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, user)], "token"));
        }

        await next(context);
    }
}
