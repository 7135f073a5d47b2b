namespace ExperienceGrid.Silo.Privacy;

/// <summary>Who may erase guests, bound from the "Privacy" section.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Chain managers may erase guests too (the privacy role always may). Default: no.</summary>
    public bool ChainManagersMayErase { get; set; }
}
