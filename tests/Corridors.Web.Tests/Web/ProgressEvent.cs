namespace Corridors.Web.Tests.Web;

/// <summary>A run's state as GET /api/runs/ID and each progress event carry it.</summary>
internal sealed record ProgressEvent(
    string Id, string State, string Phase, int Done, int BaseDone, int Target, string Base, int Replications, double? PrecisionPercent, ulong Seed,
    DeliveredPoint? Delivered, DeliveredPoint? BaseDelivered, string? Problem, int Version);

/// <summary>The running headline figure: goods delivered over the first N replications, Mt/yr.</summary>
internal sealed record DeliveredPoint(int N, double Mean, double? HalfWidth);
