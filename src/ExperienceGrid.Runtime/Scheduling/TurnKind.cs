namespace ExperienceGrid.Runtime.Scheduling;

/// <summary>Why a turn runs; decides dirty marking and idle-age accounting.</summary>
internal enum TurnKind
{
    /// <summary>A direct call through a grain reference; does not mark state dirty.</summary>
    Call,

    /// <summary>A journal message; marks state dirty.</summary>
    Journal,

    /// <summary>A reminder tick (delivered through the journal); marks state dirty.</summary>
    Reminder,

    /// <summary>A timer tick; does not mark dirty and does not keep the activation alive.</summary>
    Timer,
}
