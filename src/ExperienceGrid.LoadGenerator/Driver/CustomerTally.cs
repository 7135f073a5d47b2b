namespace ExperienceGrid.LoadGenerator.Driver;

/// <summary>One customer's events: generated, answered 202, and rejected for good (never applied). Updated with Interlocked.</summary>
internal sealed class CustomerTally(string customerId)
{
    public int Sent;
    public int Acked;
    public int Rejected;

    public string CustomerId { get; } = customerId;
}
