using System.Net.Sockets;
using System.Text;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>Sends bytes no HTTP client library would send, and reads the status code Kestrel or the silo answers with.</summary>
public static class RawHttp
{
    /// <param name="halfClose">Ends the sending side after the bytes, so a body shorter than announced ends early.</param>
    /// <returns>The status code, or null when the server closed or reset the connection without answering.</returns>
    public static async Task<int?> SendAsync(Uri server, byte[] request, bool halfClose)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(request, timeout.Token);
        if (halfClose)
        {
            client.Client.Shutdown(SocketShutdown.Send);
        }

        var answer = new List<byte>();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                answer.AddRange(buffer.AsSpan(0, read));
                if (answer.Count > 12 && answer.IndexOf((byte)'\n') is > 0)
                {
                    break;
                }
            }
        }
        catch (IOException)
        {
            // Reset: Kestrel drops a connection whose client ended it mid-body.
        }

        var statusLine = Encoding.ASCII.GetString([.. answer]);
        return statusLine.StartsWith("HTTP/1.", StringComparison.Ordinal) && statusLine.Length >= 12 ? int.Parse(statusLine.AsSpan(9, 3), provider: null) : null;
    }
}
