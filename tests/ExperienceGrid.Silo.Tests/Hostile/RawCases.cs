using System.Text;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>
/// Broken HTTP framing and headers, sent as raw bytes, with the status each must get (null: any under 500, or no answer
/// at all where the client ended the connection mid-body and Kestrel drops it).
/// </summary>
public static class RawCases
{
    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in Build("token").Keys)
            {
                names.Add(name);
            }

            return names;
        }
    }

    /// <summary>The cases, with <paramref name="token"/> as the bearer token where one is needed.</summary>
    public static Dictionary<string, (byte[] Request, bool HalfClose, int? Status)> Build(string token)
    {
        var venue = DemoChain.Config.Venues[0].Id;
        var key = $"X-Api-Key: {SiloFactory.ApiKey}\r\n";
        var bearer = $"Authorization: Bearer {token}\r\n";
        return new()
        {
            ["touchpoints body shorter than its Content-Length"] = (Http($"POST /api/touchpoints HTTP/1.1\r\n{key}Content-Length: 1000\r\n\r\n[{{"), true, null),
            ["sign-in body shorter than its Content-Length"] = (Http("POST /api/auth/token HTTP/1.1\r\nContent-Length: 1000\r\n\r\n{\"user\""), true, null),
            ["resolve body shorter than its Content-Length"] = (Http($"POST /api/alerts/{venue}:1/resolve HTTP/1.1\r\n{bearer}Content-Length: 1000\r\n\r\n{{"), true, null),
            ["touchpoints with a bad chunk size"] = (Http($"POST /api/touchpoints HTTP/1.1\r\n{key}Transfer-Encoding: chunked\r\n\r\nzz\r\n{{}}\r\n0\r\n\r\n"), false, 400),
            ["sign-in with a bad chunk size"] = (Http("POST /api/auth/token HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"), false, 400),
            ["resolve with a bad chunk size"] = (Http($"POST /api/alerts/{venue}:1/resolve HTTP/1.1\r\n{bearer}Transfer-Encoding: chunked\r\n\r\nzz\r\n{{}}\r\n0\r\n\r\n"), false, 400),
            ["Content-Length that is not a number"] = (Http($"POST /api/touchpoints HTTP/1.1\r\n{key}Content-Length: abc\r\n\r\n{{}}"), false, 400),
            ["Content-Length and Transfer-Encoding both"] = (Http($"POST /api/touchpoints HTTP/1.1\r\n{key}Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"), false, null),
            ["a non-ASCII API key"] = ([.. Http("POST /api/touchpoints HTTP/1.1\r\nX-Api-Key: "), 0xC3, 0xA9, 0xFF, .. Http("\r\nContent-Length: 2\r\n\r\n{}")], false, null),
            ["a raw FF byte in the path"] = ([.. Http("GET /api/customers/"), 0xFF, .. Http($" HTTP/1.1\r\n{bearer}\r\n")], false, 400),
            ["a raw NUL in the path"] = ([.. Http("GET /api/customers/a"), 0x00, .. Http($"b HTTP/1.1\r\n{bearer}\r\n")], false, 400),
            ["a path of 20,000 characters"] = (Http($"GET /api/customers/{new string('x', 20_000)} HTTP/1.1\r\n{bearer}\r\n"), false, 414),
            ["headers over 64 KiB"] = (Http($"GET /api/venues HTTP/1.1\r\n{bearer}X-Junk: {new string('j', 70_000)}\r\n\r\n"), false, 431),
            ["a lone CR in a header"] = (Http($"GET /api/venues HTTP/1.1\r\n{bearer}X-Junk: a\rb\r\n\r\n"), false, 400),
        };
    }

    // Every request names a host; "Connection: close" lets the server end the exchange after the answer.
    private static byte[] Http(string text) =>
        Encoding.ASCII.GetBytes(text.Contains(" HTTP/1.1\r\n", StringComparison.Ordinal)
            ? text.Replace(" HTTP/1.1\r\n", " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n", StringComparison.Ordinal)
            : text);
}
