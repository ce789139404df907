using Microsoft.Extensions.Hosting;

namespace Corridors.Cluster.Hosting;

/// <summary>
/// The lifetime of a host that lives inside a command (the embedded silo, a cluster client): it takes no
/// signals, so Ctrl+C stops the command at once as it did before Orleans, instead of stopping only the host.
/// </summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
