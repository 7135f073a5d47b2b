namespace ExperienceGrid.Silo.Auth;

/// <summary>
/// The secrets this repository publishes (appsettings.Development.json) and the demo users, whose password is
/// public: outside Development a silo given any of them refuses to start, unless <c>Grid:AllowDemoSecrets</c> says
/// it runs a demo.
/// </summary>
public static class DemoSecrets
{
    /// <summary>Development's <c>Auth:SigningKey</c>: anyone can sign tokens with it.</summary>
    public const string SigningKey = "eg-dev-signing-key-only-for-development-5b0e9c7d";

    /// <summary>Development's ingestion key.</summary>
    public const string ApiKey = "eg-dev-key-2f6c1a";

    public const string AllowSetting = "Grid:AllowDemoSecrets";

    /// <summary>Why the silo must not start, as one line; null when it may.</summary>
    public static string? Refusal(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment() || IsTrue(configuration[AllowSetting]))
        {
            return null;
        }

        var found = Found(configuration).ToList();
        return found.Count == 0
            ? null
            : $"Refusing to start in the {environment.EnvironmentName} environment with published demo secrets: {string.Join("; ", found)}. " +
              $"Configure secrets of your own, or pass --allow-demo-secrets true ({AllowSetting}) to run a demo.";
    }

    /// <summary>
    /// Every setting that holds a published secret, wherever it is (<c>Ingestion:ApiKeys:0</c>, a venue's key, …),
    /// and the demo users.
    /// </summary>
    public static IEnumerable<string> Found(IConfiguration configuration)
    {
        foreach (var (key, value) in configuration.AsEnumerable().OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (value == SigningKey)
            {
                yield return $"{key} is the development signing key";
            }
            else if (value == ApiKey)
            {
                yield return $"{key} is the development API key";
            }
        }

        if (IsTrue(configuration[$"{AuthOptions.Section}:{nameof(AuthOptions.DemoUsers)}"]))
        {
            yield return "Auth:DemoUsers is true (the demo users' password is public)";
        }
    }

    private static bool IsTrue(string? value) => bool.TryParse(value, out var on) && on;
}
