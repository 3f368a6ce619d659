using BriefingBot.Chat.State;

namespace BriefingBot.Chat.Tests.State;

/// <summary>How the ledger tells updates apart: by platform and id, whether the id is a number or not.</summary>
public sealed class UpdateKeyTests
{
    [Theory]
    [InlineData("telegram", "123456789")]
    [InlineData("discord", "1198765432109876543")]
    [InlineData("console", "7")]
    [InlineData("console", "007")]
    [InlineData("web", "a:b")]
    [InlineData("web", "")]
    public void The_stored_form_reads_back_as_the_same_update(string platform, string id)
    {
        var key = UpdateKey.Of(platform, id);
        key.ToString().ShouldBe($"{platform}:{id}");
        UpdateKey.Parse(key.ToString()).ShouldBe(key);
    }

    [Fact]
    public void Ids_that_read_as_the_same_number_are_different_updates()
    {
        UpdateKey.Of("console", "007").ShouldNotBe(UpdateKey.Of("console", "7"));
        UpdateKey.Of("console", "+7").ShouldNotBe(UpdateKey.Of("console", "7"));
    }

    [Fact]
    public void The_same_id_on_two_platforms_is_two_updates()
    {
        UpdateKey.Of("telegram", "42").ShouldNotBe(UpdateKey.Of("discord", "42"));
        UpdateKey.Of("telegram", "42").ShouldBe(UpdateKey.Of("telegram", "42"));
    }
}
