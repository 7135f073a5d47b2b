using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Demo;

public sealed class DemoOptionsValidator : IValidateOptions<DemoOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoOptions options)
    {
        List<string> problems = [];
        if (options.EventsPerSecond is <= 0 or > 100_000)
        {
            problems.Add($"Demo:EventsPerSecond is {options.EventsPerSecond}; it must be above 0 and at most 100000");
        }

        if (options.Customers is < 1 or > 10_000_000)
        {
            problems.Add($"Demo:Customers is {options.Customers}; it must be between 1 and 10000000");
        }

        if (options.TroubleShare is < 0 or > 1)
        {
            problems.Add($"Demo:TroubleShare is {options.TroubleShare}; it must be between 0 and 1");
        }

        if (options.Pace is <= 0 or > 100)
        {
            problems.Add($"Demo:Pace is {options.Pace}; it must be above 0 and at most 100");
        }

        if (options.StaffShare is < 0 or > 1)
        {
            problems.Add($"Demo:StaffShare is {options.StaffShare}; it must be between 0 and 1");
        }

        if (options.FollowUpShare is < 0 or > 1)
        {
            problems.Add($"Demo:FollowUpShare is {options.FollowUpShare}; it must be between 0 and 1");
        }

        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
