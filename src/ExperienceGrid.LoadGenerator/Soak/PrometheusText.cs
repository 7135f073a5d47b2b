using System.Globalization;

namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>
/// Reads Prometheus' text exposition format (what a silo's <c>/metrics</c> answers): <c>name{label="value",…} number</c>
/// lines; comments, timestamps and unparsable lines are skipped.
/// </summary>
public sealed class PrometheusText
{
    private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _samples = [];

    private PrometheusText()
    {
    }

    public static PrometheusText Parse(string text)
    {
        var parsed = new PrometheusText();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var labelsStart = line.IndexOf('{');
            var nameEnd = labelsStart >= 0 ? labelsStart : line.IndexOf(' ');
            if (nameEnd <= 0)
            {
                continue;
            }

            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            var rest = line[nameEnd..];
            if (labelsStart >= 0)
            {
                var labelsEnd = line.LastIndexOf('}');
                if (labelsEnd < labelsStart)
                {
                    continue;
                }

                ReadLabels(line[(labelsStart + 1)..labelsEnd], labels);
                rest = line[(labelsEnd + 1)..];
            }

            var number = rest.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (number is not null && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                parsed._samples.Add((line[..nameEnd], labels, value));
            }
        }

        return parsed;
    }

    /// <summary>The sum of every series of <paramref name="name"/> (e.g. a counter over its tags); null when there is none.</summary>
    public double? Sum(string name)
    {
        var values = _samples.Where(s => s.Name == name).Select(s => s.Value).ToList();
        return values.Count > 0 ? values.Sum() : null;
    }

    /// <summary>The value of <paramref name="label"/> on the first series of <paramref name="name"/>, e.g. <c>target_info</c>'s <c>process_pid</c>.</summary>
    public string? Label(string name, string label) =>
        _samples.Where(s => s.Name == name).Select(s => s.Labels.GetValueOrDefault(label)).FirstOrDefault(v => v is not null);

    private static void ReadLabels(string text, Dictionary<string, string> labels)
    {
        var i = 0;
        while (i < text.Length)
        {
            var equals = text.IndexOf('=', i);
            if (equals < 0 || equals + 1 >= text.Length || text[equals + 1] != '"')
            {
                return;
            }

            var name = text[i..equals].Trim().TrimStart(',').Trim();
            var value = new System.Text.StringBuilder();
            var j = equals + 2;
            for (; j < text.Length && text[j] != '"'; j++)
            {
                if (text[j] == '\\' && j + 1 < text.Length)
                {
                    j++;
                    value.Append(text[j] == 'n' ? '\n' : text[j]);
                }
                else
                {
                    value.Append(text[j]);
                }
            }

            labels[name] = value.ToString();
            i = j + 1;
        }
    }
}
