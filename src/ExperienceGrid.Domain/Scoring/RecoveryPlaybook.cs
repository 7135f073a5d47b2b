namespace ExperienceGrid.Domain.Scoring;

/// <summary>The concrete staff actions that answer each misery-creating anti-pattern.</summary>
public static class RecoveryPlaybook
{
    /// <summary>Used when a visit is at risk but no anti-pattern explains it (e.g. a long wait).</summary>
    public const string CheckInAction = "Go to the guest now: acknowledge what went wrong and fix it on the spot.";

    public static IReadOnlyList<string> ActionsFor(AntiPattern antiPattern) => antiPattern switch
    {
        AntiPattern.SaidNoWithoutAlternative =>
            ["Tell the guest what you CAN do right now: offer two alternatives."],
        AntiPattern.QuotedPolicy =>
            ["Drop the policy wording: say what you will do for them, in your own words.",
             "If the rule really cannot bend, offer something that can."],
        AntiPattern.FailedToFollowThrough =>
            ["Do what was promised now, then check back personally within five minutes."],
        AntiPattern.NeedlessTransfer =>
            ["Own it: stay with the guest and bring the right person to them, not the other way round."],
        AntiPattern.AccusedOrInterrogated =>
            ["Assume good faith: stop questioning, thank them for raising it and fix it."],
        AntiPattern.RefusedResponsibility =>
            ["Take ownership: \"That's on us, and I'll sort it out.\""],
        AntiPattern.NoApology =>
            ["Apologise sincerely and specifically, without a \"but\"."],
        AntiPattern.ToldGuestWrong =>
            ["Do not argue who is right: acknowledge how it felt, then make it right."],
        AntiPattern.CutOff =>
            ["Let the guest finish; repeat back what you heard before you answer."],
        _ => [CheckInAction],
    };

    /// <summary>Actions for several anti-patterns, without duplicates, in the given order.</summary>
    public static IReadOnlyList<string> ActionsFor(IEnumerable<AntiPattern> antiPatterns)
    {
        var actions = antiPatterns.SelectMany(ActionsFor).Distinct().ToList();
        return actions.Count > 0 ? actions : [CheckInAction];
    }
}
