using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Hubs;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Journey;

public sealed class JourneyApiTests : IAsyncLifetime
{
    private readonly FloorTestSilo _silo = FloorTestSilo.Start();

    public Task InitializeAsync() => HourBoundary.AvoidAsync();

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    // Last week's moments first: its hour is handed to the history when this hour's first moment arrives.
    // This hour's first: last week's moments arrive late and are sent to the history on their own.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_cell_reports_its_last_hour_and_the_same_hour_last_week(bool lastWeekArrivesFirst)
    {
        var venue = FloorTestSilo.VenueId(6);
        var now = DateTimeOffset.UtcNow;
        JsonObject[][] batches = [WeekAgo(venue, "jw-old", now), ThisHour(venue, "jw-new", now)];
        foreach (var touchpoints in lastWeekArrivesFirst ? batches : [batches[1], batches[0]])
        {
            // 202: the customer has applied them and handed them to the venue. (A guest whose visit ended a week ago
            // is no longer readable over HTTP: not a recent visit.)
            await _silo.IngestAsync(touchpoints);
        }

        var type = DemoChain.Config.Brands.Single(b => b.Id == DemoChain.Config.Venues.Single(v => v.Id == venue).BrandId).VenueType;
        var url = $"/api/journey?venueType={type}&venueId={venue}";
        var map = await Eventually.Until(
            () => _silo.Ingest.GetFromJsonAsync<JsonElement>(url),
            m => Greeting(m) is var g && g.GetProperty("volume").GetInt64() == 4 && g.GetProperty("lastWeek").ValueKind == JsonValueKind.Object,
            what: "the greeting cell with last week's hour");

        var cell = Greeting(map);
        Assert.Equal(1, cell.GetProperty("lastHour").GetProperty("misery").GetInt64());
        Assert.Equal(3, cell.GetProperty("lastHour").GetProperty("wow").GetInt64());
        Assert.Equal(0.25, cell.GetProperty("shares").GetProperty("misery").GetDouble());
        var lastWeek = cell.GetProperty("lastWeek");
        Assert.Equal(2, lastWeek.GetProperty("counts").GetProperty("misery").GetInt64());
        Assert.Equal(1, lastWeek.GetProperty("counts").GetProperty("wow").GetInt64());
        Assert.Equal(3, lastWeek.GetProperty("volume").GetInt64());
        Assert.Equal(0.667, lastWeek.GetProperty("shares").GetProperty("misery").GetDouble());
        var worst = Assert.Single(cell.GetProperty("worst").EnumerateArray());
        Assert.Equal(venue, worst.GetProperty("venueId").GetString());
        Assert.Equal(4, worst.GetProperty("volume").GetInt64());

        // Another touchpoint of the stage had no moments last week: no comparison rather than a zero one.
        var queue = Cell(map, "arrival", "queue.wait");
        Assert.Equal(JsonValueKind.Null, queue.GetProperty("lastWeek").ValueKind);
        Assert.Equal(0, queue.GetProperty("volume").GetInt64());
    }

    [Fact]
    public async Task Stages_come_in_journey_order_with_the_catalogs_touchpoints_and_without_markers()
    {
        var map = await _silo.Ingest.GetFromJsonAsync<JsonElement>("/api/journey?venueType=restaurant");

        var stages = map.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(new[] { "arrival", "interest", "desire", "purchase", "departure", "followUp" }, stages.Select(s => s.GetProperty("stage").GetString()));
        var kinds = stages.SelectMany(s => s.GetProperty("cells").EnumerateArray()).Select(c => c.GetProperty("touchpoint").GetString()).ToList();
        Assert.Equal(DemoChain.Config.Touchpoints.Count(t => !t.IsMarker), kinds.Count);
        Assert.DoesNotContain("visit.start", kinds);
        Assert.DoesNotContain("queue.joined", kinds);
        Assert.Equal(new[] { "restaurant", "cafe" }, map.GetProperty("venueTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(DemoChain.Config.Venues.Count(v => v.BrandId == "blaze"), map.GetProperty("counted").GetInt32());
    }

    [Theory]
    [InlineData("venueType=spa", "venueType")]
    [InlineData("venueType=restaurant&regionId=atlantis", "regionId")]
    [InlineData("venueId=nowhere", "venueId")]
    [InlineData("venueType=cafe&venueId=blaze-london-shoreditch", "venueId")]
    [InlineData("regionId=north&venueId=blaze-london-shoreditch", "venueId")]
    public async Task Unknown_or_mismatched_filters_are_400_naming_the_field(string query, string field)
    {
        using var response = await _silo.Ingest.GetAsync($"/api/journey?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task A_signed_in_region_manager_gets_the_map_of_their_region_only()
    {
        using var response = await _silo.SendAsAsync("region.north", HttpMethod.Get, "/api/journey?venueType=cafe");

        var map = await response.Content.ReadFromJsonAsync<JsonElement>();
        var north = DemoChain.Config.Venues.Where(v => v.RegionId == "north").Select(v => v.Id).ToList();
        Assert.Equal(north, map.GetProperty("venues").EnumerateArray().Select(v => v.GetProperty("venueId").GetString()));
        Assert.Equal(new[] { "north" }, map.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(DemoChain.Config.Venues.Count(v => v.RegionId == "north" && v.BrandId == "ember"), map.GetProperty("counted").GetInt32());
    }

    // Last week's greetings: two miseries and a WOW; this hour's: one misery and three WOWs.
    private static JsonObject[] WeekAgo(string venue, string customer, DateTimeOffset now) =>
        [At(HourBoundary.WeekAgo(now), Greeting($"{customer}-1", customer, venue, "misery")),
         At(HourBoundary.WeekAgo(now), Greeting($"{customer}-2", customer, venue, "misery")),
         At(HourBoundary.WeekAgo(now), Greeting($"{customer}-3", customer, venue, "wow"))];

    private static JsonObject[] ThisHour(string venue, string customer, DateTimeOffset now) =>
        [At(now, Greeting($"{customer}-1", customer, venue, "misery")),
         At(now, Greeting($"{customer}-2", customer, venue, "wow")),
         At(now, Greeting($"{customer}-3", customer, venue, "wow")),
         At(now, Greeting($"{customer}-4", customer, venue, "wow"))];

    private static JsonObject Greeting(string eventId, string customer, string venue, string outcome) =>
        Touchpoints.Make(eventId, customer, "greeting", outcome, venueId: venue);

    private static JsonObject At(DateTimeOffset at, JsonObject touchpoint)
    {
        touchpoint["at"] = at.ToString("O");
        return touchpoint;
    }

    private static JsonElement Greeting(JsonElement map) => Cell(map, "arrival", "greeting");

    private static JsonElement Cell(JsonElement map, string stage, string touchpoint) =>
        map.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == stage)
            .GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("touchpoint").GetString() == touchpoint);
}
