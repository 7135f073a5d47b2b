using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Runtime.Tests.Grains;

public static class TestGrains
{
    public static IServiceCollection AddTestGrains(this IServiceCollection services) => services
        .AddGrain<ICounterGrain, CounterGrain>("counter")
        .AddGrain<ISenderGrain, SenderGrain>("sender")
        .AddGrain<IProbeGrain, ProbeGrain>("probe")
        .AddGrain<IReminderGrain, ReminderGrain>("reminder")
        .AddJournalRoute<ICounterGrain, CountMessage>("count", (grain, message) => grain.Add(message))
        .AddJournalRoute<ISenderGrain, SendMessage>("send", (grain, message) => grain.Send(message));
}
