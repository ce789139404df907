using Corridors.Core.Model;

namespace Corridors.Core.Routing;

/// <summary>The route provider the commands use unless told otherwise, so `run` and `routes` agree.</summary>
public static class RouteProviders
{
    /// <summary>Gets the default provider for <paramref name="model"/>.</summary>
    public static IRouteProvider Default(ScenarioModel model) => new LogitRouteProvider(model);
}
