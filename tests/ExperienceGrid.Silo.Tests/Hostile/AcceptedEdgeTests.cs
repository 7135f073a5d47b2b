using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>The other side of the limits: odd but valid input is accepted, and an accepted customer id reads back.</summary>
public sealed class AcceptedEdgeTests(DevelopmentSilo silo) : IClassFixture<DevelopmentSilo>
{
    [Theory]
    [InlineData("c 42")]
    [InlineData("c%41")]
    [InlineData("c?x#y&z=1")]
    [InlineData("ü-ñ-漢字-😀")]
    [InlineData("c+1;d=e")]
    [InlineData("..a.")]
    [InlineData("a:b@c.example")]
    [InlineData("x")]
    public async Task An_accepted_customer_id_reads_back_as_one_path_segment(string customerId)
    {
        var tag = Convert.ToHexString(Encoding.UTF8.GetBytes(customerId));
        var response = await silo.Client.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make($"edge-{tag}", customerId));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var customer = await silo.Client.GetFromJsonAsync<JsonElement>($"/api/customers/{Uri.EscapeDataString(customerId)}");

        Assert.Equal(customerId, customer.GetProperty("customerId").GetString());
        Assert.Equal(1, customer.GetProperty("touchpointCount").GetInt64());
    }

    [Fact]
    public async Task The_longest_id_and_the_bounds_of_value_and_time_are_accepted()
    {
        var customerId = new string('l', 128);
        var oldest = Touchpoints.Make("edge-oldest", customerId, "queue.wait", value: 0, at: DateTimeOffset.UtcNow.AddDays(-7.9));
        var newest = Touchpoints.Make("edge-newest", customerId, "queue.wait", value: 10_000, at: DateTimeOffset.UtcNow.AddMinutes(4));
        newest["attributes"] = new JsonObject([.. Enumerable.Range(0, 32).Select(i => KeyValuePair.Create(new string('k', 63) + (char)('A' + i), (JsonNode?)new string('v', 256)))]);

        var response = await silo.Client.PostAsJsonAsync("/api/touchpoints", new JsonArray(oldest, newest));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task Ndjson_with_a_byte_order_mark_and_crlf_lines_and_json_sent_as_text_are_accepted()
    {
        var lines = string.Join("\r\n", Enumerable.Range(0, 3).Select(i => Touchpoints.Make($"edge-crlf-{i}", "edge-crlf").ToJsonString())) + "\r\n";
        var ndjson = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(lines)]);
        ndjson.Headers.ContentType = new("application/x-ndjson");
        var text = new StringContent(Touchpoints.Make("edge-text", "edge-text").ToJsonString(), Encoding.UTF8, "text/plain");

        Assert.Equal(HttpStatusCode.Accepted, (await silo.Client.PostAsync("/api/touchpoints", ndjson)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await silo.Client.PostAsync("/api/touchpoints", text)).StatusCode);
        Assert.Equal(3, (await silo.Client.GetFromJsonAsync<JsonElement>("/api/customers/edge-crlf")).GetProperty("touchpointCount").GetInt64());
    }
}
