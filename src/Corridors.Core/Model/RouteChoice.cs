namespace Corridors.Core.Model;

/// <summary>How a shipment chooses among its flow's candidate routes.</summary>
public enum RouteChoice
{
    /// <summary>By the logit shares fixed before the replication starts.</summary>
    Static,

    /// <summary>By the logit over each candidate's cost as it stands when the shipment leaves, with known closures, storms and queues.</summary>
    Dynamic,
}
