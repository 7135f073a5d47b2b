using System.Text;

namespace ExperienceGrid.LoadGenerator.Hub;

/// <summary>
/// Cuts received bytes into records at 0x1E. A WebSocket message may hold several records, and
/// a record may span messages, so bytes after the last separator wait for the next append.
/// Not thread-safe: one receive loop owns it.
/// </summary>
public sealed class HubFrameReader
{
    private readonly List<byte> _partial = [];

    public IReadOnlyList<string> Append(ReadOnlySpan<byte> bytes)
    {
        var records = new List<string>();
        while (bytes.Length > 0)
        {
            var end = bytes.IndexOf(HubProtocol.RecordSeparator);
            if (end < 0)
            {
                _partial.AddRange(bytes);
                break;
            }

            _partial.AddRange(bytes[..end]);
            records.Add(Encoding.UTF8.GetString([.. _partial]));
            _partial.Clear();
            bytes = bytes[(end + 1)..];
        }

        return records;
    }
}
