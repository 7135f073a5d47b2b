using ExperienceGrid.Silo.Grid;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Apis;

/// <summary>What <c>GET /api/operations</c> reads, bound with <c>[AsParameters]</c>.</summary>
public sealed record OperationsServices(
    IGrainFactory Grains,
    IGridMember Self,
    GridHealth Health,
    GridRates Rates,
    IOptions<GridOptions> Options,
    HttpResponse Response);
