namespace Corridors.Cluster.Hosting;

/// <summary>The cluster cannot be reached or joined (no Redis, no silo of that cluster id, an address a silo cannot listen on); the message says which, in one line.</summary>
public sealed class ClusterUnavailableException : Exception
{
    /// <summary>Creates the exception with its one-line reason.</summary>
    public ClusterUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ClusterUnavailableException()
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public ClusterUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
