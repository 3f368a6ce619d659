using System.Net;
using BriefingBot.Chat.Web;
using BriefingBot.Testing.Network;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Chat.Tests;

/// <summary>One web server for the whole process: each address answers only the routes of the parts that named it.</summary>
public sealed class SharedWebHostTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Parts_on_one_address_share_it_and_a_part_on_another_is_not_reachable_there()
    {
        var (first, second) = (FreePort.Next(), FreePort.Next());
        await using var host = new SharedWebHost(
            [new Part("health", first, "/healthz"), new Part("telegram", second, "/hook"), new Part("discord", second, "/interactions")],
            NullLogger<SharedWebHost>.Instance);
        await host.StartAsync(TestContext.Current.CancellationToken);

        (await Status(first, "/healthz")).ShouldBe(HttpStatusCode.OK);
        (await Status(second, "/hook")).ShouldBe(HttpStatusCode.OK);
        (await Status(second, "/interactions")).ShouldBe(HttpStatusCode.OK);
        (await Status(second, "/healthz")).ShouldBe(HttpStatusCode.NotFound);
        (await Status(first, "/hook")).ShouldBe(HttpStatusCode.NotFound);
        host.AddressOf("discord")!.Port.ShouldBe(second);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Nothing_listens_when_no_part_does()
    {
        await using var host = new SharedWebHost([new Part("telegram", null, "/hook")], NullLogger<SharedWebHost>.Instance);

        await host.StartAsync(TestContext.Current.CancellationToken);

        host.Started.IsCompletedSuccessfully.ShouldBeTrue();
        host.AddressOf("telegram").ShouldBeNull();
    }

    [Fact]
    public async Task A_taken_port_fails_start_naming_the_part_setting()
    {
        using var taken = FreePort.Taken();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using var host = new SharedWebHost([new Part("telegram", port, "/hook")], NullLogger<SharedWebHost>.Instance);

        var error = await Should.ThrowAsync<ListenerPortException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        error.Message.ShouldBe($"Test:telegram port {port} is already in use (set TEST__TELEGRAM)");
    }

    private static async Task<HttpStatusCode> Status(int port, string path)
    {
        using var response = await Http.GetAsync($"http://127.0.0.1:{port}{path}", TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    private sealed class Part(string name, int? port, string path) : IWebEndpoints
    {
        public string Name => name;

        public IPEndPoint? EndPoint => port is { } p ? new IPEndPoint(IPAddress.Loopback, p) : null;

        public ListenerPortException PortTaken(int taken) => ListenerPortException.ForUrl($"Test:{name}", taken);

        public void Map(IEndpointRouteBuilder routes) => routes.MapGet(path, () => Results.Text(name));
    }
}
