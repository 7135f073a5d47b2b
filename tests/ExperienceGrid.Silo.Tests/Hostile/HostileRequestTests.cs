using System.Net;
using System.Text.Json;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>Every case of <see cref="HostileCases"/> against one silo; derived per environment.</summary>
public abstract class HostileRequestTests(HostileSilo silo)
{
    [Theory]
    [MemberData(nameof(HostileCases.Names), MemberType = typeof(HostileCases))]
    public async Task A_hostile_request_gets_no_5xx_a_400_names_the_field_and_nothing_is_applied(string name)
    {
        var hostile = HostileCases.All[name];
        var errorsBefore = silo.Logs.Errors.Count;
        using var anonymous = hostile.Anonymous ? silo.Factory.CreateClient() : null;
        using var request = hostile.ToRequest(silo.Factory.ServerAddress);

        using var response = await (anonymous ?? silo.Client).SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{status}: {body} {string.Join("; ", silo.Logs.Errors.Skip(errorsBefore))}");
        if (hostile.Status is { } expected)
        {
            Assert.True(expected == status, $"expected {expected}, got {status}: {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        if (hostile.ErrorKey is { } key)
        {
            var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
            Assert.True(errors.TryGetProperty(key, out _), $"no '{key}' in {errors}");
        }

        if (hostile.Unapplied is { } customer)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await silo.Client.GetAsync($"/api/customers/{customer}")).StatusCode);
        }

        Assert.Empty(silo.Logs.Errors.Skip(errorsBefore));
    }

    [Theory]
    [MemberData(nameof(RawCases.Names), MemberType = typeof(RawCases))]
    public async Task Broken_http_framing_and_headers_get_no_5xx(string name)
    {
        var (bytes, halfClose, expected) = RawCases.Build(silo.Token)[name];
        var errorsBefore = silo.Logs.Errors.Count;

        var status = await RawHttp.SendAsync(silo.Factory.ServerAddress, bytes, halfClose);

        Assert.True(expected is null ? status is null or < 500 : status == expected, $"expected {expected?.ToString() ?? "< 500"}, got {status}");

        Assert.Empty(silo.Logs.Errors.Skip(errorsBefore));
    }
}
