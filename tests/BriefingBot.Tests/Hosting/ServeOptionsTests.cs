using BriefingBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Tests.Hosting;

public sealed class ServeOptionsTests
{
    [Fact]
    public void The_shutdown_bound_defaults_to_ten_seconds_on_the_host()
    {
        using var services = Services([]);

        services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout.ShouldBe(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void The_configured_shutdown_bound_is_the_hosts()
    {
        using var services = Services(new() { ["BriefingBot:Serve:ShutdownTimeout"] = "00:00:25" });

        services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout.ShouldBe(TimeSpan.FromSeconds(25));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    [InlineData("01:00:00")]
    public void A_shutdown_bound_out_of_range_is_refused_naming_the_setting(string value)
    {
        using var services = Services(new() { ["BriefingBot:Serve:ShutdownTimeout"] = value });

        var error = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<ServeOptions>>().Value);
        error.Message.ShouldContain("BriefingBot:Serve:ShutdownTimeout");
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddServeShutdown(configuration).BuildServiceProvider();
    }
}
