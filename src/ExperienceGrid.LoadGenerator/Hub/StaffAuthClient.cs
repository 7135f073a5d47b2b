using System.Net.Http.Json;
using System.Text.Json;

namespace ExperienceGrid.LoadGenerator.Hub;

/// <summary>Signs a demo staff user in: POST /api/auth/token {"user":"staff.{venueId}","password":"demo"}.</summary>
public sealed class StaffAuthClient(HttpClient http)
{
    public const string DemoPassword = "demo";

    /// <returns>The token, or the HTTP status code that refused it.</returns>
    public async Task<(string? Token, int Status)> SignInAsync(Uri silo, string venueId, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(
            new Uri(silo, "/api/auth/token"), new { user = $"staff.{venueId}", password = DemoPassword }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, (int)response.StatusCode);
        }

        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return (answer.RootElement.GetProperty("token").GetString(), (int)response.StatusCode);
    }
}
