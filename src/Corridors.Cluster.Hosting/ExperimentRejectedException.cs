namespace Corridors.Cluster.Hosting;

/// <summary>The cluster refused an experiment; the message says why in one line.</summary>
public sealed class ExperimentRejectedException : Exception
{
    /// <summary>Creates the exception with its one-line reason.</summary>
    public ExperimentRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ExperimentRejectedException()
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public ExperimentRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
