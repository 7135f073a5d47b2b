using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain.Signals;

/// <summary>
/// Something the floor, the care team or the dashboards should hear about. Serialized with a
/// <c>"type"</c> discriminator so consumers can deserialize the base type.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(VisitOpened), "visitOpened")]
[JsonDerivedType(typeof(MomentRecorded), "momentRecorded")]
[JsonDerivedType(typeof(RiskChanged), "riskChanged")]
[JsonDerivedType(typeof(RecoveryCredited), "recoveryCredited")]
[JsonDerivedType(typeof(WowOpportunity), "wowOpportunity")]
[JsonDerivedType(typeof(VisitClosed), "visitClosed")]
[JsonDerivedType(typeof(FollowUpTask), "followUpTask")]
[JsonDerivedType(typeof(LoyaltyChanged), "loyaltyChanged")]
[JsonDerivedType(typeof(NudgeRaised), "nudgeRaised")]
[JsonDerivedType(typeof(NudgeAnswered), "nudgeAnswered")]
[JsonDerivedType(typeof(NudgeClosed), "nudgeClosed")]
public abstract record ExperienceSignal(string CustomerId, string VenueId, DateTimeOffset At);
