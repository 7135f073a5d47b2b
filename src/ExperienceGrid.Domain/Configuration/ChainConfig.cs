namespace ExperienceGrid.Domain.Configuration;

/// <summary>A validated chain configuration; build it with <see cref="ChainConfigLoader"/>.</summary>
public sealed class ChainConfig
{
    private readonly Dictionary<string, Venue> _venues;
    private readonly Dictionary<string, Brand> _brands;
    private readonly Dictionary<string, Region> _regions;
    private readonly Dictionary<string, TouchpointDefinition> _touchpoints;

    /// <summary>Creates a config from already validated parts; ids must be unique.</summary>
    public ChainConfig(
        string id,
        string name,
        IReadOnlyList<Brand> brands,
        IReadOnlyList<Region> regions,
        IReadOnlyList<Venue> venues,
        IReadOnlyList<TouchpointDefinition> touchpoints,
        IReadOnlyDictionary<JourneyStage, double> stageWeights,
        RiskPolicy riskPolicy,
        TierThresholds tiers,
        LoyaltySettings loyalty,
        VisitSettings visits,
        NudgePolicy nudges,
        ChainLabels labels,
        InsightSettings insights)
    {
        Id = id;
        Name = name;
        Brands = brands;
        Regions = regions;
        Venues = venues;
        Touchpoints = touchpoints;
        StageWeights = stageWeights;
        RiskPolicy = riskPolicy;
        Tiers = tiers;
        Loyalty = loyalty;
        Visits = visits;
        Nudges = nudges;
        Labels = labels;
        Insights = insights;
        _venues = venues.ToDictionary(v => v.Id, StringComparer.Ordinal);
        _brands = brands.ToDictionary(b => b.Id, StringComparer.Ordinal);
        _regions = regions.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _touchpoints = touchpoints.ToDictionary(t => t.Kind, StringComparer.Ordinal);
    }

    public string Id { get; }
    public string Name { get; }
    public IReadOnlyList<Brand> Brands { get; }
    public IReadOnlyList<Region> Regions { get; }
    public IReadOnlyList<Venue> Venues { get; }
    public IReadOnlyList<TouchpointDefinition> Touchpoints { get; }

    /// <summary>Weight per journey stage; arrival and departure weigh more (peak–end).</summary>
    public IReadOnlyDictionary<JourneyStage, double> StageWeights { get; }

    public RiskPolicy RiskPolicy { get; }
    public TierThresholds Tiers { get; }
    public LoyaltySettings Loyalty { get; }
    public VisitSettings Visits { get; }

    /// <summary>Pre-emptive nudges; <see cref="NudgePolicy.Off"/> when the config has none.</summary>
    public NudgePolicy Nudges { get; }

    /// <summary>The words people read for codes: anti-patterns, moments, stages, alert statuses, priority levels.</summary>
    public ChainLabels Labels { get; }

    /// <summary>Shift bands, the follow-up due time and recognition; see <see cref="InsightSettings"/>.</summary>
    public InsightSettings Insights { get; }

    /// <summary>This chain with other insight settings (e.g. the demo's shorter follow-up due time).</summary>
    public ChainConfig WithInsights(InsightSettings insights) =>
        new(Id, Name, Brands, Regions, Venues, Touchpoints, StageWeights, RiskPolicy, Tiers, Loyalty, Visits, Nudges, Labels, insights);

    /// <summary>The name of a touchpoint kind ("Queue wait"), or the humanized kind when the catalog lacks it.</summary>
    public string TouchpointName(string kind) =>
        _touchpoints.TryGetValue(kind, out var def) ? def.Name : ChainLabels.Humanize(kind);

    public bool TryGetVenue(string id, out Venue venue) => _venues.TryGetValue(id, out venue!);

    public bool TryGetBrand(string id, out Brand brand) => _brands.TryGetValue(id, out brand!);

    public bool TryGetRegion(string id, out Region region) => _regions.TryGetValue(id, out region!);

    public bool TryGetTouchpoint(string kind, out TouchpointDefinition def) => _touchpoints.TryGetValue(kind, out def!);

    /// <summary>The brand of a venue, or <see cref="Brand.Neutral"/> for an unknown venue.</summary>
    public Brand BrandOf(string venueId) =>
        TryGetVenue(venueId, out var venue) && TryGetBrand(venue.BrandId, out var brand) ? brand : Brand.Neutral;

    /// <summary>The weight of a journey stage (1 when not configured).</summary>
    public double StageWeightOf(JourneyStage stage) => StageWeights.TryGetValue(stage, out var w) ? w : 1.0;
}
