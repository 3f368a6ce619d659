using System.Net;
using System.Text.Json;
using BriefingBot.Chat;
using BriefingBot.Chat.Health;
using BriefingBot.Chat.Web;
using BriefingBot.Hosting.Health;
using BriefingBot.Hosting.Serving;
using BriefingBot.Testing.Library;
using BriefingBot.Testing.Network;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Tests.Hosting.Health;

/// <summary>The health listener on a real port of 127.0.0.1, in a host of its own, with adapter states set by the test.</summary>
public sealed class HealthEndpointTests : IAsyncDisposable
{
    private readonly TestLibrary _library = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly List<IHost> _hosts = [];

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.StopAsync(TestContext.Current.CancellationToken);
            host.Dispose();
        }

        _http.Dispose();
        _library.Dispose();
    }

    [Fact]
    public async Task Live_answers_200_whatever_the_adapters_do()
    {
        var (host, port) = await StartAsync();
        host.Services.GetRequiredService<AdapterHealth>().Failed("telegram", "refused");

        var response = await _http.GetAsync(Url(port, "/healthz/live"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_is_503_while_an_adapter_is_starting_and_200_once_every_one_is_connected()
    {
        var (host, port) = await StartAsync();
        var health = host.Services.GetRequiredService<AdapterHealth>();
        health.Starting("telegram");
        health.Starting("discord");
        health.Connected("telegram");

        var before = await ReadyAsync(port);
        health.Connected("discord");
        var after = await ReadyAsync(port);

        before.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        before.Body.GetProperty("status").GetString().ShouldBe("not ready");
        before.Body.GetProperty("components").GetProperty("discord").GetProperty("state").GetString().ShouldBe("starting");
        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Body.GetProperty("status").GetString().ShouldBe("ready");
        after.Body.GetProperty("components").GetProperty("store").GetProperty("state").GetString().ShouldBe("open");
        after.Body.GetProperty("components").GetProperty("index").GetProperty("state").GetString().ShouldBe("loaded");
    }

    [Fact]
    public async Task Ready_is_503_until_the_store_is_open()
    {
        var (host, port) = await StartAsync(openLibrary: false);
        host.Services.GetRequiredService<AdapterHealth>().Connected("telegram");

        var ready = await ReadyAsync(port);

        ready.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        ready.Body.GetProperty("components").GetProperty("store").GetProperty("state").GetString().ShouldBe("not open");
    }

    [Fact]
    public async Task The_ready_body_names_a_failed_adapter_and_why()
    {
        var (host, port) = await StartAsync();
        var health = host.Services.GetRequiredService<AdapterHealth>();
        health.Connected("telegram");
        health.Failed("discord", "Discord refused the bot token (401)");

        var ready = await ReadyAsync(port);

        ready.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var discord = ready.Body.GetProperty("components").GetProperty("discord");
        discord.GetProperty("state").GetString().ShouldBe("failed");
        discord.GetProperty("reason").GetString().ShouldBe("Discord refused the bot token (401)");
        ready.Body.GetProperty("components").GetProperty("telegram").GetProperty("state").GetString().ShouldBe("connected");
    }

    [Fact]
    public async Task A_failed_adapter_stays_failed_whatever_it_reports_later()
    {
        var (host, port) = await StartAsync();
        var health = host.Services.GetRequiredService<AdapterHealth>();
        health.Failed("discord", "refused");
        health.Connected("discord");

        var ready = await ReadyAsync(port);

        ready.Body.GetProperty("components").GetProperty("discord").GetProperty("state").GetString().ShouldBe("failed");
    }

    [Fact]
    public async Task Metrics_are_in_prometheus_text_format_with_the_recorded_counts()
    {
        var (host, port) = await StartAsync();
        var metrics = host.Services.GetRequiredService<ChatMetrics>();
        metrics.Answered("telegram", "ask", ChatMetrics.Outcomes.Answered, metrics.Start());
        metrics.Answered("telegram", "ask", ChatMetrics.Outcomes.Answered, metrics.Start());
        metrics.Answered("discord", "quotes", ChatMetrics.Outcomes.Failed, metrics.Start());

        var response = await _http.GetAsync(Url(port, "/metrics"), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        text.ShouldContain("# TYPE briefingbot_questions_answered_total counter");
        text.ShouldContain("briefingbot_questions_answered_total{command=\"ask\",outcome=\"answered\",platform=\"telegram\"} 2");
        text.ShouldContain("briefingbot_errors_total{platform=\"discord\"} 1");
        text.ShouldContain("# TYPE briefingbot_answer_duration_seconds histogram");
        text.ShouldContain("briefingbot_answer_duration_seconds_count{command=\"ask\",platform=\"telegram\"} 2");
    }

    [Fact]
    public async Task Metrics_include_the_process_and_the_dotnet_runtime()
    {
        var (_, port) = await StartAsync();

        var text = await _http.GetStringAsync(Url(port, "/metrics"), TestContext.Current.CancellationToken);

        text.ShouldContain("# TYPE process_cpu_seconds_total counter");
        text.ShouldContain("process_working_set_bytes ");
        text.ShouldContain("system_runtime_dotnet_gc_collections{gc_heap_generation=\"gen0\"}");
        text.ShouldContain("system_runtime_dotnet_thread_pool_thread_count ");
    }

    [Fact]
    public async Task Metrics_recorded_in_another_host_do_not_show()
    {
        var (_, port) = await StartAsync();
        var (other, _) = await StartAsync();
        var metrics = other.Services.GetRequiredService<ChatMetrics>();
        metrics.Answered("telegram", "help", ChatMetrics.Outcomes.Answered, metrics.Start());

        var text = await _http.GetStringAsync(Url(port, "/metrics"), TestContext.Current.CancellationToken);

        text.ShouldNotContain("briefingbot_questions_answered_total");
    }

    [Fact]
    public async Task A_port_already_taken_fails_start_with_one_line_naming_the_setting()
    {
        using var taken = FreePort.Taken();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var host = Build(port);

        var error = await Should.ThrowAsync<ListenerPortException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        error.Message.ShouldBe($"BriefingBot:Health:Port {port} is already in use (set BRIEFINGBOT__HEALTH__PORT)");
    }

    [Fact]
    public async Task The_listener_is_off_unless_enabled()
    {
        var port = FreePort.Next();
        var host = Build(port, enabled: false);
        await host.StartAsync(TestContext.Current.CancellationToken);

        await Should.ThrowAsync<HttpRequestException>(() => _http.GetAsync(Url(port, "/healthz/live"), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("Port", "0", "BriefingBot:Health:Port must be between 1 and 65535 (set BRIEFINGBOT__HEALTH__PORT).")]
    [InlineData("Address", "example.org", "BriefingBot:Health:Address must be an IP address such as 127.0.0.1 or 0.0.0.0 (set BRIEFINGBOT__HEALTH__ADDRESS).")]
    public void Bad_settings_are_refused_naming_the_variable(string key, string value, string message)
    {
        var host = Build(FreePort.Next(), settings: new() { [$"{HealthOptions.Section}:{key}"] = value });

        var error = Should.Throw<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<HealthOptions>>().Value);

        error.Failures.ShouldBe([message]);
    }

    private async Task<(IHost Host, int Port)> StartAsync(bool openLibrary = true)
    {
        var port = FreePort.Next();
        var host = Build(port);
        if (openLibrary)
        {
            host.Services.GetRequiredService<ReadinessCheck>().LibraryOpened(_library.Library);
        }

        await host.StartAsync(TestContext.Current.CancellationToken);
        return (host, port);
    }

    private IHost Build(int port, bool enabled = true, Dictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{HealthOptions.Section}:Enabled"] = enabled ? "true" : "false",
            [$"{HealthOptions.Section}:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddHealthEndpoints(builder.Configuration);
        builder.Services.AddSingleton<ChatMetrics>();
        var host = builder.Build();
        _hosts.Add(host);
        return host;
    }

    private static string Url(int port, string path) => $"http://127.0.0.1:{port}{path}";

    private async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(int port)
    {
        using var response = await _http.GetAsync(Url(port, "/healthz/ready"), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
    }
}
