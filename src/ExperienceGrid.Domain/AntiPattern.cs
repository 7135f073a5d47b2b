using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>Staff behaviours that create misery; each maps to playbook actions.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AntiPattern>))]
[GenerateSerializer, Alias("Domain.AntiPattern")]
public enum AntiPattern
{
    SaidNoWithoutAlternative,
    QuotedPolicy,
    FailedToFollowThrough,
    NeedlessTransfer,
    AccusedOrInterrogated,
    RefusedResponsibility,
    NoApology,
    ToldGuestWrong,
    CutOff,
}
