using System.Net.Http.Json;
using System.Text.Json;

namespace ExperienceGrid.LoadGenerator.Http;

/// <summary>Signs a user in: POST /api/auth/token {"user","password"} (demo users have the password "demo").</summary>
public sealed class AuthClient(HttpClient http)
{
    public const string DemoPassword = "demo";

    /// <returns>The token, or the HTTP status code that refused it.</returns>
    public async Task<(string? Token, int Status)> SignInAsync(Uri silo, string user, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(new Uri(silo, "/api/auth/token"), new { user, password }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, (int)response.StatusCode);
        }

        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return (answer.RootElement.GetProperty("token").GetString(), (int)response.StatusCode);
    }
}
