using System.Text.Json;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Visits;

public sealed class CustomerStateJsonTests
{
    [Fact]
    public void State_round_trips_through_web_json_unchanged()
    {
        var guest = new Guest("json-1").WithLoyalty(70);
        guest.Touch("visit.start", 0, zone: "counter");
        guest.Touch("staff.said_no", 1, attributes: new Dictionary<string, string> { ["antiPattern"] = "cutOff" });
        guest.Touch("complaint", 2);
        guest.Touch("extra.gesture", 3);
        Assert.NotNull(guest.Visit.Risk);

        var json = JsonSerializer.Serialize(guest.State, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<CustomerState>(json, JsonSerializerOptions.Web)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, JsonSerializerOptions.Web));
        Assert.Contains("\"momentKind\":\"Misery\"", json);
        Assert.Contains("\"antiPattern\":\"CutOff\"", json);
        Assert.DoesNotContain("impact", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_deserialized_state_behaves_like_the_original()
    {
        var guest = new Guest("json-2");
        guest.Touch("policy.quoted", 0);
        var back = JsonSerializer.Deserialize<CustomerState>(JsonSerializer.Serialize(guest.State, JsonSerializerOptions.Web), JsonSerializerOptions.Web)!;

        var original = DemoChain.Model.Advance(guest.State, Guest.At(10));
        var copy = DemoChain.Model.Advance(back, Guest.At(10));

        Assert.Equal(JsonSerializer.Serialize(original.State, JsonSerializerOptions.Web), JsonSerializer.Serialize(copy.State, JsonSerializerOptions.Web));
        Assert.Equal(original.Signals.Count, copy.Signals.Count);
    }

    [Fact]
    public void Signals_serialize_with_a_type_discriminator()
    {
        var guest = new Guest("json-3");
        guest.Touch("complaint", 0);
        var signal = guest.Signals.OfType<MomentRecorded>().First();

        var json = JsonSerializer.Serialize<ExperienceSignal>(signal, JsonSerializerOptions.Web);
        var back = JsonSerializer.Deserialize<ExperienceSignal>(json, JsonSerializerOptions.Web);

        Assert.Contains("\"type\":\"momentRecorded\"", json);
        Assert.IsType<MomentRecorded>(back);
    }
}
