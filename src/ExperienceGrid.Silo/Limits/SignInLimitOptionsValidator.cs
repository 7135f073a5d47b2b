using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Limits;

public sealed class SignInLimitOptionsValidator : IValidateOptions<SignInLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInLimitOptions options)
    {
        List<string> problems = [];
        if (options.SignInFailuresPerUser < 1)
        {
            problems.Add($"Auth:SignInFailuresPerUser is {options.SignInFailuresPerUser}; it must be positive");
        }

        if (options.SignInFailuresPerAddress < 1)
        {
            problems.Add($"Auth:SignInFailuresPerAddress is {options.SignInFailuresPerAddress}; it must be positive");
        }

        if (options.SignInFailureWindow <= TimeSpan.Zero)
        {
            problems.Add($"Auth:SignInFailureWindow is {options.SignInFailureWindow}; it must be positive");
        }

        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
