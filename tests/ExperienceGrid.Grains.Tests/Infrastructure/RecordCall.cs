using ExperienceGrid.Contracts;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>One completed <c>ICustomerGrain.Record</c> call: the event ids it carried and what the customer answered.</summary>
public sealed record RecordCall(string CustomerId, IReadOnlyList<string> EventIds, RecordResult Result);
