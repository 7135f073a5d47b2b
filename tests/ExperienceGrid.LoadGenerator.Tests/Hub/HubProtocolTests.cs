using System.Text;
using System.Text.Json;
using ExperienceGrid.LoadGenerator.Hub;

namespace ExperienceGrid.LoadGenerator.Tests.Hub;

public sealed class HubProtocolTests
{
    [Fact]
    public void Handshake_is_json_protocol_version_1_terminated_by_the_record_separator()
    {
        var frame = HubProtocol.Handshake();

        Assert.Equal(0x1E, frame[^1]);
        using var json = JsonDocument.Parse(frame.AsMemory(0, frame.Length - 1));
        Assert.Equal(("json", 1), (json.RootElement.GetProperty("protocol").GetString(), json.RootElement.GetProperty("version").GetInt32()));
    }

    [Fact]
    public void Invocation_carries_type_1_id_target_and_arguments_including_null()
    {
        var frame = HubProtocol.Invocation("7", "JoinVenue", "blaze-leeds-briggate", null);

        var message = HubProtocol.Parse(Encoding.UTF8.GetString(frame.AsSpan(0, frame.Length - 1)));
        Assert.Equal((1, "7", "JoinVenue"), (message.Type, message.InvocationId, message.Target));
        Assert.Equal(["blaze-leeds-briggate", null], message.Arguments.Select(a => a.ValueKind == JsonValueKind.Null ? null : a.GetString()));
    }

    [Fact]
    public void Ping_is_type_6() => Assert.Equal("{\"type\":6}\u001e", Encoding.UTF8.GetString(HubProtocol.Ping()));

    [Fact]
    public void Reader_splits_several_records_in_one_message_and_joins_one_split_across_messages()
    {
        var reader = new HubFrameReader();
        var bytes = Encoding.UTF8.GetBytes("{}\u001e{\"type\":6}\u001e{\"type\":1,\"target\":\"alertRaised\",\"argu");

        var first = reader.Append(bytes);
        var second = reader.Append(Encoding.UTF8.GetBytes("ments\":[{\"triggerEventId\":\"r-1\"}]}\u001e"));

        Assert.Equal(["{}", "{\"type\":6}"], first);
        var alert = HubProtocol.Parse(Assert.Single(second));
        Assert.Equal(("alertRaised", "r-1"), (alert.Target, alert.Arguments[0].GetProperty("triggerEventId").GetString()));
    }

    [Fact]
    public void Completion_with_error_and_close_are_read()
    {
        var completion = HubProtocol.Parse("""{"type":3,"invocationId":"2","error":"Sign in first."}""");
        var close = HubProtocol.Parse("""{"type":7,"error":"Server is shutting down.","allowReconnect":true}""");

        Assert.Equal((3, "2", "Sign in first."), (completion.Type, completion.InvocationId, completion.Error));
        Assert.Equal((7, "Server is shutting down."), (close.Type, close.Error));
    }

    [Theory]
    [InlineData("{}", null)]
    [InlineData("{\"error\":\"Requested protocol 'json' is not available.\"}", "Requested protocol 'json' is not available.")]
    public void Handshake_answer_is_accepted_or_refused(string answer, string? error) =>
        Assert.Equal(error, HubProtocol.HandshakeError(answer));

    [Fact]
    public void Hub_url_is_the_direct_websocket_url_with_the_token() =>
        Assert.Equal("ws://127.0.0.1:5080/hubs/floor?access_token=a%2Bb%3D", FloorHubClient.HubUri(new Uri("http://127.0.0.1:5080"), "a+b=").AbsoluteUri);
}
