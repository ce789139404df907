using Microsoft.Extensions.Logging;

namespace Corridors.Cluster.Hosting;

/// <summary>Where a silo's or client's own log lines go: nowhere by default, standard error when verbose.</summary>
/// <param name="Verbose">Show Orleans' log lines (information and above).</param>
/// <param name="Writer">Where to write them; standard error when null.</param>
public sealed record SiloLogging(bool Verbose, TextWriter? Writer = null)
{
    /// <summary>Gets silent logging.</summary>
    public static SiloLogging Quiet { get; } = new(false);

    internal void Apply(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        if (Verbose)
        {
            logging.SetMinimumLevel(LogLevel.Information);
            logging.AddProvider(new TextWriterLoggerProvider(Writer ?? Console.Error, LogLevel.Information));
        }
        else
        {
            // Warnings of a healthy embedded silo (e.g. about its development clustering) are not the user's business.
            logging.SetMinimumLevel(LogLevel.None);
        }
    }
}
