using BriefingBot.Core.Ingestion.Fetching;
using BriefingBot.Hosting;
using BriefingBot.Testing.Files;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Tests.Hosting;

/// <summary>Every command's host can fetch links, through the guard, with loopback closed unless configured.</summary>
public sealed class ArticleFetchingWiringTests : IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_host_resolves_the_guarded_fetcher_with_loopback_closed_by_default()
    {
        using var host = Host(new Dictionary<string, string>());

        host.Services.GetRequiredService<IArticleFetcher>().ShouldBeOfType<GuardedArticleFetcher>();
        var options = host.Services.GetRequiredService<IOptions<FetchOptions>>().Value;
        options.AllowLoopback.ShouldBeFalse();
        options.MaxBytes.ShouldBe(5 * 1024 * 1024);
        options.Timeout.ShouldBe(TimeSpan.FromSeconds(10));
        options.MaxRedirects.ShouldBe(5);
    }

    [Fact]
    public void Fetch_limits_come_from_the_environment()
    {
        using var host = Host(new Dictionary<string, string> { ["BRIEFINGBOT__FETCHING__MAXREDIRECTS"] = "2", ["BRIEFINGBOT__FETCHING__ALLOWLOOPBACK"] = "true" });

        var options = host.Services.GetRequiredService<IOptions<FetchOptions>>().Value;
        options.MaxRedirects.ShouldBe(2);
        options.AllowLoopback.ShouldBeTrue();
    }

    [Fact]
    public void A_limit_out_of_range_is_refused_when_read()
    {
        using var host = Host(new Dictionary<string, string> { ["BRIEFINGBOT__FETCHING__MAXBYTES"] = "0" });

        Should.Throw<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<FetchOptions>>().Value)
            .Message.ShouldContain("MaxBytes");
    }

    private Microsoft.Extensions.Hosting.IHost Host(Dictionary<string, string> variables) =>
        BriefingHostBuilder.Create(_folder.File("library.db"), new LaunchEnvironment(variables)).Build();
}
