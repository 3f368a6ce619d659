using System.Net;
using System.Text;
using BriefingBot.Core.Ingestion.Fetching;
using BriefingBot.Testing.Network;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.Ingestion.Fetching;

public sealed class GuardedArticleFetcherTests : IAsyncLifetime
{
    private const string Page = "<html><head><title>Harbour plan</title></head><body><p>\"We will rebuild the pier,\" the mayor said.</p></body></html>";

    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TestWebServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await TestWebServer.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/story"] = TestWebServer.Serve("text/html; charset=utf-8", Page),
            ["/notes"] = TestWebServer.Serve("text/plain", "Plain notes."),
            ["/report.pdf"] = TestWebServer.Serve("application/pdf", "%PDF-1.7"u8.ToArray()),
            ["/huge"] = TestWebServer.Serve("text/html", new byte[2048]),
            ["/moved"] = TestWebServer.RedirectTo("/story"),
            ["/to-private"] = TestWebServer.RedirectTo("http://10.0.0.1/story"),
            ["/to-metadata"] = TestWebServer.RedirectTo("http://169.254.169.254/latest/meta-data/"),
            ["/to-ftp"] = TestWebServer.RedirectTo("ftp://127.0.0.1/story"),
            ["/loop"] = TestWebServer.RedirectTo("/loop"),
            ["/slow"] = async context =>
            {
                _stalled.TrySetResult();
                await TestWebServer.Stall()(context);
            },
        }, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_page_on_loopback_is_fetched_when_the_loopback_allowance_is_on()
    {
        using var fetcher = Fetcher(allowLoopback: true);

        var document = await fetcher.FetchAsync(new Uri(_server.BaseUrl + "/story"), TestContext.Current.CancellationToken);

        document.MediaType.ShouldBe("text/html");
        document.Charset.ShouldBe("utf-8");
        Encoding.UTF8.GetString(document.Body).ShouldBe(Page);
    }

    [Fact]
    public async Task The_fetch_names_the_bot_as_its_user_agent()
    {
        string? agent = null;
        await using var server = await TestWebServer.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/"] = context =>
            {
                agent = context.Request.Headers.UserAgent.ToString();
                return TestWebServer.Serve("text/plain", "hello")(context);
            },
        }, TestContext.Current.CancellationToken);
        using var fetcher = Fetcher(allowLoopback: true);

        await fetcher.FetchAsync(new Uri(server.BaseUrl + "/"), TestContext.Current.CancellationToken);

        agent.ShouldStartWith("BriefingBot/");
    }

    [Fact]
    public async Task Plain_text_is_fetched()
    {
        using var fetcher = Fetcher(allowLoopback: true);

        var document = await fetcher.FetchAsync(new Uri(_server.BaseUrl + "/notes"), TestContext.Current.CancellationToken);

        document.MediaType.ShouldBe("text/plain");
    }

    [Fact]
    public async Task A_redirect_is_followed_and_the_final_address_reported()
    {
        using var fetcher = Fetcher(allowLoopback: true);

        var document = await fetcher.FetchAsync(new Uri(_server.BaseUrl + "/moved"), TestContext.Current.CancellationToken);

        document.FinalUrl.ShouldBe(new Uri(_server.BaseUrl + "/story"));
        _server.Requests.ShouldBe(["/moved", "/story"]);
    }

    [Fact]
    public async Task A_loopback_address_is_refused_by_default_and_nothing_is_fetched()
    {
        using var fetcher = Fetcher(allowLoopback: false);

        await ShouldBeRefused(fetcher, _server.BaseUrl + "/story", "private-address");

        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_IPv6_loopback_address_is_refused()
    {
        using var fetcher = Fetcher(allowLoopback: false);

        await ShouldBeRefused(fetcher, $"http://[::1]:{new Uri(_server.BaseUrl).Port}/story", "private-address");

        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_host_name_that_resolves_to_loopback_is_refused_on_the_address_it_would_connect_to()
    {
        using var fetcher = Fetcher(allowLoopback: false);

        await ShouldBeRefused(fetcher, $"http://localhost:{new Uri(_server.BaseUrl).Port}/story", "private-address");

        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_host_name_that_resolves_to_the_metadata_address_is_refused_without_connecting()
    {
        var resolver = new RecordingResolver(IPAddress.Parse("169.254.169.254"));
        using var fetcher = Fetcher(allowLoopback: false, resolver);

        await ShouldBeRefused(fetcher, "http://news.example/story", "private-address");

        resolver.Asked.ShouldBe(["news.example"]);
    }

    [Theory]
    [InlineData("http://10.0.0.1/story")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[::ffff:10.0.0.1]/")]
    public async Task A_private_address_in_the_link_is_refused_before_any_lookup_or_connection(string url)
    {
        var resolver = new RecordingResolver(IPAddress.Parse("93.184.216.34"));
        using var fetcher = Fetcher(allowLoopback: false, resolver);

        await ShouldBeRefused(fetcher, url, "private-address");

        resolver.Asked.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_loopback_allowance_does_not_open_private_ranges()
    {
        using var fetcher = Fetcher(allowLoopback: true);

        await ShouldBeRefused(fetcher, "http://10.0.0.1/story", "private-address");
    }

    [Theory]
    [InlineData("/to-private")]
    [InlineData("/to-metadata")]
    public async Task A_redirect_to_a_private_address_is_refused_and_not_followed(string path)
    {
        using var fetcher = Fetcher(allowLoopback: true);

        await ShouldBeRefused(fetcher, _server.BaseUrl + path, "private-address");

        _server.Requests.ShouldBe([path]);
    }

    [Fact]
    public async Task A_redirect_to_a_name_that_resolves_to_a_private_address_is_refused_on_connecting()
    {
        var resolver = new RecordingResolver(IPAddress.Parse("10.1.2.3"));
        await using var first = await TestWebServer.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/go"] = TestWebServer.RedirectTo($"http://intranet.example:{new Uri(_server.BaseUrl).Port}/story"),
        }, TestContext.Current.CancellationToken);
        using var fetcher = Fetcher(allowLoopback: true, resolver);

        await ShouldBeRefused(fetcher, first.BaseUrl + "/go", "private-address");

        resolver.Asked.ShouldBe(["intranet.example"]);
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_refused()
    {
        using var fetcher = Fetcher(allowLoopback: true);

        await ShouldBeRefused(fetcher, _server.BaseUrl + "/to-ftp", "scheme");
    }

    [Fact]
    public async Task An_ftp_link_is_refused()
    {
        using var fetcher = Fetcher(allowLoopback: true);

        await ShouldBeRefused(fetcher, "ftp://127.0.0.1/story", "scheme");
    }

    [Fact]
    public async Task More_redirects_than_allowed_are_refused()
    {
        using var fetcher = Fetcher(allowLoopback: true);

        await ShouldBeRefused(fetcher, _server.BaseUrl + "/loop", "too-many-redirects");

        _server.Requests.Count.ShouldBe(6);
    }

    [Fact]
    public async Task A_page_larger_than_the_limit_is_refused()
    {
        using var fetcher = Fetcher(allowLoopback: true, maxBytes: 1024);

        await ShouldBeRefused(fetcher, _server.BaseUrl + "/huge", "too-large");
    }

    [Fact]
    public async Task A_page_without_a_declared_length_is_refused_once_it_passes_the_limit()
    {
        await using var server = await TestWebServer.StartAsync(new Dictionary<string, RequestDelegate>
        {
            ["/stream"] = async context =>
            {
                context.Response.ContentType = "text/html";
                for (var i = 0; i < 64 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(new byte[1024], context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            },
        }, TestContext.Current.CancellationToken);
        using var fetcher = Fetcher(allowLoopback: true, maxBytes: 4096);

        await ShouldBeRefused(fetcher, server.BaseUrl + "/stream", "too-large");
    }

    [Fact]
    public async Task A_pdf_is_refused_by_content_type()
    {
        using var fetcher = Fetcher(allowLoopback: true);

        var refusal = await ShouldBeRefused(fetcher, _server.BaseUrl + "/report.pdf", "content-type");

        refusal.Message.ShouldContain("application/pdf");
    }

    [Fact]
    public async Task A_missing_page_is_refused_with_its_status()
    {
        using var fetcher = Fetcher(allowLoopback: true);

        var refusal = await ShouldBeRefused(fetcher, _server.BaseUrl + "/gone", "http-status");

        refusal.Message.ShouldContain("404");
    }

    [Fact]
    public async Task A_page_that_does_not_arrive_in_time_is_refused()
    {
        var time = new FakeTimeProvider();
        using var fetcher = Fetcher(allowLoopback: true, time: time);

        var fetch = fetcher.FetchAsync(new Uri(_server.BaseUrl + "/slow"), TestContext.Current.CancellationToken);
        await _stalled.Task.WaitAsync(TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(11));

        var refusal = await Should.ThrowAsync<FetchRefusedException>(fetch);
        refusal.Rule.ShouldBe("timeout");
    }

    private static GuardedArticleFetcher Fetcher(bool allowLoopback, IHostAddressResolver? resolver = null, int maxBytes = 5 * 1024 * 1024, TimeProvider? time = null) =>
        new(Options.Create(new FetchOptions { AllowLoopback = allowLoopback, MaxBytes = maxBytes }), resolver ?? new DnsHostAddressResolver(), time ?? TimeProvider.System);

    private static async Task<FetchRefusedException> ShouldBeRefused(GuardedArticleFetcher fetcher, string url, string rule)
    {
        var refusal = await Should.ThrowAsync<FetchRefusedException>(() => fetcher.FetchAsync(new Uri(url), TestContext.Current.CancellationToken));
        refusal.Rule.ShouldBe(rule);
        return refusal;
    }
}
