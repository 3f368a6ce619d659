using BriefingBot.Cli.Commands;
using BriefingBot.Hosting.Serving;
using Microsoft.Extensions.Configuration;

namespace BriefingBot.Tests.Hosting;

/// <summary>The host knows its platforms only through the adapter list: names, switches and hints come from each adapter.</summary>
public sealed class ChatAdapterListTests
{
    [Fact]
    public void Each_adapter_has_its_own_name_and_runs_a_service_of_its_own()
    {
        ChatAdapterList.All.Select(a => a.Name).Distinct().Count().ShouldBe(ChatAdapterList.All.Count);
        ChatAdapterList.All.Select(a => a.ServiceType).Distinct().Count().ShouldBe(ChatAdapterList.All.Count);
    }

    [Fact]
    public void Telegram_starts_before_discord()
    {
        ChatAdapterList.All.Select(a => a.Name).Where(n => n is "telegram" or "discord").ShouldBe(["telegram", "discord"]);
    }

    [Fact]
    public void An_adapter_is_configured_by_its_own_token_only()
    {
        var telegramOnly = new ConfigurationBuilder().AddInMemoryCollection([new("BriefingBot:Telegram:Token", "1:x")]).Build();

        ChatAdapterList.All.Where(a => a.IsConfigured(telegramOnly)).Select(a => a.Name).ShouldBe(["telegram"]);
    }

    [Fact]
    public void The_message_when_none_is_configured_says_how_to_switch_on_each()
    {
        foreach (var adapter in ChatAdapterList.All)
        {
            ChatCommandsCli.NoAdapterMessage.ShouldContain(adapter.HowToConfigure);
        }
    }
}
