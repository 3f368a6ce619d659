using BriefingBot.Chat.Rendering;

namespace BriefingBot.Chat.Tests.Curation;

public sealed class AddWithoutFetcherTests : CurationBed
{
    [Fact]
    public async Task A_link_without_a_fetcher_configured_says_adding_by_link_is_not_configured()
    {
        var reply = await Moderator("/add https://harbour.example/news/ferry-fares");

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe(Commands.AddCommand.NoFetcherMessage);
    }
}
