using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;

namespace Corridors.Cluster.Hosting;

/// <summary>The Orleans dashboard of a silo: grain and silo statistics, served by the silo's own web host.</summary>
internal static class Dashboard
{
    /// <summary>Creates a web host builder whose Kestrel serves only <paramref name="port"/> on <paramref name="listen"/>.</summary>
    public static WebApplicationBuilder Builder(IPAddress listen, int port)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(listen, port));
        return builder;
    }

    /// <summary>Adds the dashboard's services to <paramref name="silo"/>.</summary>
    public static void Add(ISiloBuilder silo) => silo.AddDashboard();

    /// <summary>Builds the host and maps the dashboard at the root of its web port.</summary>
    public static IHost Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.MapOrleansDashboard();
        return app;
    }
}
