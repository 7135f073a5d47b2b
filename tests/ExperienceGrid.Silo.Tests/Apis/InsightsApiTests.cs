using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Hubs;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Apis;

/// <summary>
/// A venue's history, coaching and recognitions read back over HTTP after touchpoints went in, and the 400s naming
/// the parameter. A venue hands a minute to its history when a later minute starts, so each test ends with a moment now.
/// </summary>
public sealed class InsightsApiTests : IAsyncLifetime
{
    private readonly FloorTestSilo _silo = FloorTestSilo.Start();
    private static readonly string _venue = FloorTestSilo.VenueId(1);
    private static readonly string _manager = $"manager.{_venue}";

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task History_coaching_and_recognitions_hold_what_happened_a_few_minutes_ago()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);
        var saidNo = Touchpoints.Make("in-no", "in-guest", "staff.said_no", venueId: _venue, at: before);
        saidNo["staffId"] = "staff.zed";
        var wow = Touchpoints.Make("in-wow", "in-other", "greeting", value: 10, venueId: _venue, at: before);
        wow["staffId"] = "staff.amy";
        await _silo.IngestAsync(saidNo, wow);
        await _silo.IngestAsync(Touchpoints.Make("in-now", "in-later", "greeting", value: 10, venueId: _venue));

        var history = await Eventually.Until(() => Read("/history"), h => h.GetProperty("points").GetArrayLength() > 0, what: "the venue's minute in its history");
        var point = history.GetProperty("points")[0];
        Assert.Equal(before.ToUnixTimeSeconds() / 60 * 60, point.GetProperty("at").GetDateTimeOffset().ToUnixTimeSeconds());
        Assert.Equal((1, 1), (point.GetProperty("moments").GetProperty("misery").GetInt32(), point.GetProperty("moments").GetProperty("wow").GetInt32()));
        Assert.Equal(JsonValueKind.Null, point.GetProperty("touchpoints").ValueKind);

        var hours = await Read($"/history?step=hour&from={Uri.EscapeDataString(before.AddHours(-2).ToString("O", CultureInfo.InvariantCulture))}");
        Assert.Equal(1, hours.GetProperty("points")[0].GetProperty("touchpoints").GetProperty("staff.said_no").GetProperty("misery").GetInt32());

        var coaching = await Read("/coaching");
        var line = Assert.Single(coaching.GetProperty("antiPatterns").EnumerateArray());
        Assert.Equal(("SaidNoWithoutAlternative", 1, 0), (line.GetProperty("antiPattern").GetString(), line.GetProperty("thisWeek").GetInt32(), line.GetProperty("lastWeek").GetInt32()));
        Assert.Equal(1, line.GetProperty("byStaff").GetProperty("staff.zed").GetInt32());
        Assert.Contains("1 this week, up from 0", line.GetProperty("summary").GetString(), StringComparison.Ordinal);

        var people = (await Read("/recognitions")).GetProperty("people");
        var amy = Assert.Single(people.EnumerateArray());
        Assert.Equal(("staff.amy", 1, 0), (amy.GetProperty("staffId").GetString(), amy.GetProperty("wows").GetInt32(), amy.GetProperty("recoveries").GetInt32()));
    }

    [Fact]
    public async Task Coaching_says_who_claimed_the_alerts_each_action_answered_and_whether_their_guests_recovered()
    {
        var before = DateTimeOffset.UtcNow.AddMinutes(-4);
        var staff = $"staff.{_venue}";
        await _silo.IngestAsync(Touchpoints.AtRiskVisit("in-alerted", _venue, before));
        await Eventually.Until(
            async () =>
            {
                using var resolve = await _silo.SendAsAsync(staff, HttpMethod.Post, $"/api/alerts/{_venue}:1/resolve", new { playbook = 0 });
                return resolve.StatusCode;
            },
            status => status == HttpStatusCode.Accepted, what: "the alert raised and resolved");
        await Eventually.Until(() => Touchpoints.CountApplied(_silo.Ingest, "in-alerted"), n => n > 3, what: "the recovery on the guest");

        // The visit ended a minute after the trouble: that minute is handed to the history at once.
        await _silo.IngestAsync(Touchpoints.Make("in-alerted-end", "in-alerted", "visit.end", venueId: _venue, at: before.AddMinutes(1)));

        var coaching = await Eventually.Until(() => Read("/coaching"),
            c => c.GetProperty("antiPatterns").EnumerateArray().Any(l => l.GetProperty("actions").GetArrayLength() > 0), what: "the action in the coaching");
        var action = coaching.GetProperty("antiPatterns").EnumerateArray().Single(l => l.GetProperty("actions").GetArrayLength() > 0).GetProperty("actions")[0];
        var by = Assert.Single(action.GetProperty("byStaff").EnumerateArray());
        Assert.Equal((staff, 1, 1), (by.GetProperty("staffId").GetString(), by.GetProperty("ended").GetInt32(), by.GetProperty("recovered").GetInt32()));
    }

    [Theory]
    [InlineData("/history?step=day", "step")]
    [InlineData("/history?from=yesterday", "from")]
    [InlineData("/history?to=soon", "to")]
    [InlineData("/history?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    [InlineData("/history?from=2026-01-01T00:00:00Z", "from")]
    [InlineData("/history?step=hour&from=2000-01-01T00:00:00Z", "from")]
    [InlineData("/history?from=2026-01-01T00:00:00Z&to=2026-01-03T00:00:00Z", "to")]
    [InlineData("/history?step=hour&to=0001-01-01T00:00:00Z", "to")]
    [InlineData("/history?to=9999-12-31T00:00:00Z", "to")]
    [InlineData("/history?step=hour&to=9999-12-31T23:59:59Z", "to")]
    [InlineData("/coaching?shift=brunch", "shift")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string field)
    {
        using var response = await Send(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    private async Task<JsonElement> Read(string query)
    {
        using var response = await Send(query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private Task<HttpResponseMessage> Send(string query) => _silo.SendAsAsync(_manager, HttpMethod.Get, $"/api/venues/{_venue}{query}");
}
