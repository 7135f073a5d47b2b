using System.Net;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static ExperienceGrid.Silo.Tests.Access.AccessSilo;

namespace ExperienceGrid.Silo.Tests.Access;

/// <summary>Who gets what: role × endpoint × venue, then what the answers that are allowed hold.</summary>
public sealed class AccessMatrixTests(AccessSilo silo) : IClassFixture<AccessSilo>
{
    private static readonly string _staffA = $"staff.{VenueA}";
    private static readonly string _managerA = $"manager.{VenueA}";
    private static readonly string _staffC = $"staff.{VenueC}";
    private static readonly string _staffB = $"staff.{VenueB}";
    private static readonly string _regionManagerA = $"region.{RegionA}";
    private static readonly string _regionManagerB = $"region.{RegionB}";
    private const string Chain = "chain.manager";
    private const string Operator = "operator";
    private const string Privacy = "privacy.officer";

    private static readonly string[] _guestRoles = [_staffA, _managerA, _staffC, _staffB, _regionManagerA, _regionManagerB, Chain];
    private static readonly string[] _seeA = [_staffA, _managerA, _regionManagerA, Chain];
    private static readonly string[] _seeB = [_staffB, _regionManagerB, Chain];

    /// <summary>
    /// Every user on every read: anonymous 401; the operator 403 on guest data; a user allowed 200; anyone else
    /// <c>refused</c> (403 for a venue or region, 404 for a customer, whose existence must not leak).
    /// </summary>
    public static TheoryData<string, string, HttpStatusCode> Matrix()
    {
        var rows = new TheoryData<string, string, HttpStatusCode>();
        void Guest(string path, HttpStatusCode refused, params string[] allowed)
        {
            rows.Add(path, Anonymous, HttpStatusCode.Unauthorized);
            rows.Add(path, Operator, HttpStatusCode.Forbidden);
            rows.Add(path, Privacy, HttpStatusCode.Forbidden);
            foreach (var user in _guestRoles)
            {
                rows.Add(path, user, allowed.Contains(user) ? HttpStatusCode.OK : refused);
            }
        }

        Guest("/api/venues", HttpStatusCode.Forbidden, _guestRoles);
        Guest($"/api/venues/{VenueA}", HttpStatusCode.Forbidden, _seeA);
        Guest($"/api/venues/{VenueB}", HttpStatusCode.Forbidden, _seeB);
        Guest("/api/alerts", HttpStatusCode.Forbidden, _guestRoles);
        Guest($"/api/alerts?venueId={VenueA}", HttpStatusCode.Forbidden, _seeA);
        Guest($"/api/alerts?venueId={VenueB}", HttpStatusCode.Forbidden, _seeB);
        Guest("/api/journey", HttpStatusCode.Forbidden, _guestRoles);
        Guest($"/api/journey?venueId={VenueA}", HttpStatusCode.Forbidden, _seeA);
        Guest($"/api/journey?regionId={RegionA}", HttpStatusCode.Forbidden, [.. _seeA, _staffC]);
        Guest("/api/followups", HttpStatusCode.Forbidden, _guestRoles);
        Guest($"/api/followups?venueId={VenueA}", HttpStatusCode.Forbidden, _seeA);
        Guest($"/api/followups?venueId={VenueB}", HttpStatusCode.Forbidden, _seeB);
        foreach (var insight in new[] { "history", "coaching", "recognitions" })
        {
            Guest($"/api/venues/{VenueA}/{insight}", HttpStatusCode.Forbidden, _seeA);
            Guest($"/api/venues/{VenueB}/{insight}", HttpStatusCode.Forbidden, _seeB);
        }

        Guest("/api/customers/am-open", HttpStatusCode.NotFound, _seeA);
        Guest("/api/customers/am-recent", HttpStatusCode.NotFound, _seeA);
        Guest("/api/customers/am-old", HttpStatusCode.NotFound);
        Guest("/api/customers/am-moved", HttpStatusCode.NotFound, [.. _seeA, .. _seeB]);
        Guest("/api/customers/nobody", HttpStatusCode.NotFound);

        // The chain's names and labels, narrowed to the caller's venues: everyone signed in, the operator too (no venues).
        rows.Add("/api/chain", Anonymous, HttpStatusCode.Unauthorized);
        foreach (var user in _guestRoles.Append(Operator))
        {
            rows.Add("/api/chain", user, HttpStatusCode.OK);
        }

        // The erasure audit: the privacy role, operators and the chain manager.
        rows.Add("/api/erasures", Anonymous, HttpStatusCode.Unauthorized);
        foreach (var user in _guestRoles.Append(Operator).Append(Privacy))
        {
            rows.Add("/api/erasures", user, user is Chain or Operator or Privacy ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
        }

        // The operator's reads (no guest data): operators and the chain manager.
        foreach (var path in new[] { "/api/cluster", "/api/operations" })
        {
            rows.Add(path, Anonymous, HttpStatusCode.Unauthorized);
            rows.Add(path, Operator, HttpStatusCode.OK);
            foreach (var user in _guestRoles)
            {
                rows.Add(path, user, user == Chain ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_user_gets_the_status_of_their_scope(string path, string user, HttpStatusCode expected)
    {
        var (status, _) = await silo.SendAsync(user, path);

        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("/api/venues/nowhere", HttpStatusCode.NotFound)]
    [InlineData("/api/venues/nowhere/history", HttpStatusCode.NotFound)]
    [InlineData("/api/venues/nowhere/coaching", HttpStatusCode.NotFound)]
    [InlineData("/api/venues/nowhere/recognitions", HttpStatusCode.NotFound)]
    [InlineData("/api/alerts?venueId=nowhere", HttpStatusCode.BadRequest)]
    [InlineData("/api/journey?venueId=nowhere", HttpStatusCode.BadRequest)]
    [InlineData("/api/followups?venueId=nowhere", HttpStatusCode.BadRequest)]
    public async Task What_the_chain_does_not_have_is_404_or_400_for_anyone_signed_in(string path, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await silo.SendAsync(_staffA, path)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await silo.SendAsync(Anonymous, path)).Status);
    }

    [Fact]
    public async Task Venue_lists_alert_lists_and_the_journey_map_hold_only_the_callers_venues()
    {
        foreach (var user in _guestRoles)
        {
            var scope = ExpectedVenues(user);
            var venues = (await silo.SendAsync(user, "/api/venues")).Content;
            Assert.Equal(scope, venues.EnumerateArray().Select(v => v.GetProperty("venueId").GetString()!).Order());

            var alerted = (await silo.SendAsync(user, "/api/alerts")).Content.EnumerateArray().Select(a => a.GetProperty("venueId").GetString()!);
            Assert.Equal([.. new[] { VenueA, VenueB }.Where(scope.Contains).Order()], alerted.Order());

            var journey = (await silo.SendAsync(user, "/api/journey")).Content;
            Assert.Equal(scope, journey.GetProperty("venues").EnumerateArray().Select(v => v.GetProperty("venueId").GetString()!).Order());

            var chain = (await silo.SendAsync(user, "/api/chain")).Content;
            Assert.Equal(scope, chain.GetProperty("venues").EnumerateArray().Select(v => v.GetProperty("id").GetString()!).Order());
        }
    }

    [Fact]
    public async Task A_customer_shows_each_caller_only_the_visits_at_their_venues()
    {
        // Left venue A twenty minutes ago, now at venue B.
        var atA = (await silo.SendAsync(_staffA, "/api/customers/am-moved")).Content;
        Assert.Equal(JsonValueKind.Null, atA.GetProperty("visit").ValueKind);
        Assert.Equal([VenueA], atA.GetProperty("endedVisits").EnumerateArray().Select(v => v.GetProperty("venueId").GetString()));

        var atB = (await silo.SendAsync(_staffB, "/api/customers/am-moved")).Content;
        Assert.Equal(VenueB, atB.GetProperty("visit").GetProperty("venueId").GetString());
        Assert.Empty(atB.GetProperty("endedVisits").EnumerateArray());

        var chain = (await silo.SendAsync(Chain, "/api/customers/am-moved")).Content;
        Assert.Equal(VenueB, chain.GetProperty("visit").GetProperty("venueId").GetString());
        Assert.Equal([VenueA], chain.GetProperty("endedVisits").EnumerateArray().Select(v => v.GetProperty("venueId").GetString()));
        Assert.Equal(3, chain.GetProperty("touchpointCount").GetInt64());
    }

    [Fact]
    public async Task Health_is_anonymous_and_carries_no_guest_data()
    {
        var (status, content) = await Eventually.Until(() => silo.SendAsync(Anonymous, "/health"), r => r.Status == HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["status"], content.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Every_endpoint_that_answers_GET_needs_a_sign_in_except_health_and_in_development_the_api_reference()
    {
        var endpoints = silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains("GET"))
            .ToList();

        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/api/customers/{customerId}");
        var open = endpoints.Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        // Scalar's API reference (Development) is a page without data: the document it loads needs the sign-in cookie.
        Assert.Equal(["/health", "/health/live", "/health/ready", "/scalar/{documentName?}"], open.Order());
    }

    private static List<string> ExpectedVenues(string user) =>
        [.. DemoChain.Config.Venues
            .Where(v => user == Chain
                || user == $"region.{v.RegionId}"
                || user == $"staff.{v.Id}"
                || user == $"manager.{v.Id}")
            .Select(v => v.Id)
            .Order()];
}
