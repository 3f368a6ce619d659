using System.CommandLine;
using System.Net;
using BriefingBot.Hosting;
using BriefingBot.Hosting.Health;
using Microsoft.Extensions.Configuration;

namespace BriefingBot.Cli.Commands;

/// <summary>`healthcheck`: asks a running `serve` on this machine whether it is ready (the Docker HEALTHCHECK).</summary>
public static class HealthCheckCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var command = new Command("healthcheck", "Exit 0 when the bot running here answers ready on its health listener, 1 otherwise");
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var settings = new HealthOptions();
            BriefingHostBuilder.Create(storePath: null).Configuration.GetSection(HealthOptions.Section).Bind(settings);
            if (!settings.Enabled)
            {
                error.WriteLine("error: the health listener is off (set BRIEFINGBOT__HEALTH__ENABLED=true)");
                return 1;
            }

            var url = ReadyUrl(settings);
            if (url is null)
            {
                error.WriteLine($"error: BriefingBot:Health:Address '{settings.Address}' is not an IP address (set BRIEFINGBOT__HEALTH__ADDRESS)");
                return 1;
            }

            using var http = new HttpClient { Timeout = Timeout };
            try
            {
                using var response = await http.GetAsync(url, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                output.WriteLine($"{(int)response.StatusCode} {url}");
                output.WriteLine(body.Trim());
                return response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                error.WriteLine($"error: no answer from {url}: {CommandRunner.OneLine(e)}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>The ready endpoint as seen from this machine: a wildcard listen address is asked on loopback.</summary>
    public static Uri? ReadyUrl(HealthOptions settings)
    {
        var endpoint = settings.EndPoint();
        if (endpoint is null)
        {
            return null;
        }

        var address = endpoint.Address.Equals(IPAddress.Any) ? IPAddress.Loopback
            : endpoint.Address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback
            : endpoint.Address;
        return new UriBuilder("http", address.ToString(), endpoint.Port, "/healthz/ready").Uri;
    }
}
