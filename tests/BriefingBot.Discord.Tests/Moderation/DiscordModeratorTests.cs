using System.Text.Json.Nodes;
using BriefingBot.Chat.Catalog;
using BriefingBot.Discord.Moderation;
using BriefingBot.Discord.Tests.Interactions;
using BriefingBot.Testing.Chat;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Moderation;

/// <summary>Who moderates on Discord: configured users, configured roles, and members with Manage Server or Administrator.</summary>
public sealed class DiscordModeratorTests
{
    private const string Member = "77";
    private const string StaffRole = "4242";

    private static RecordingCommand Summary() => new(new ChatCommandInfo("summary", "Sets a summary", []) { Permission = ChatPermission.Moderator });

    [Fact]
    public async Task A_listed_user_is_a_moderator()
    {
        var summary = Summary();
        await using var bot = await BotHarness.StartAsync(Moderators(users: [Member]), summary);

        await Run(bot, InteractionPayloads.SlashCommand("summary").From(Member));

        summary.Handled.ShouldHaveSingleItem().Request.IsModerator.ShouldBeTrue();
    }

    [Fact]
    public async Task A_user_not_listed_and_without_permissions_is_refused()
    {
        var summary = Summary();
        await using var bot = await BotHarness.StartAsync(Moderators(users: ["88"], roles: [StaffRole]), summary);
        var command = InteractionPayloads.SlashCommand("summary").From(Member, "0", "999");

        await bot.SendAsync(command);
        var reply = (await bot.AnswerAsync(command, "callback")).Body!.Value;

        reply.GetRawText().ShouldContain("Only moderators");
        summary.Handled.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_member_with_a_configured_role_is_a_moderator()
    {
        var summary = Summary();
        await using var bot = await BotHarness.StartAsync(Moderators(roles: [StaffRole]), summary);

        await Run(bot, InteractionPayloads.SlashCommand("summary").From(Member, "0", "1", StaffRole));

        summary.Handled.ShouldHaveSingleItem().Request.IsModerator.ShouldBeTrue();
    }

    [Theory]
    [InlineData("32")] // Manage Server
    [InlineData("8")] // Administrator
    [InlineData("2147483688")] // Manage Server among other bits
    public async Task A_member_who_can_manage_the_server_is_a_moderator(string permissions)
    {
        var summary = Summary();
        await using var bot = await BotHarness.StartAsync(command: summary);

        await Run(bot, InteractionPayloads.SlashCommand("summary").From(Member, permissions));

        summary.Handled.ShouldHaveSingleItem().Request.IsModerator.ShouldBeTrue();
    }

    [Fact]
    public async Task A_gateway_message_from_a_member_with_a_configured_role_is_from_a_moderator()
    {
        var summary = Summary();
        await using var bot = await BotHarness.StartAsync(Moderators(roles: [StaffRole]), summary);

        await bot.Connection.SendDispatchAsync("MESSAGE_CREATE", Mention("3001", roles: [StaffRole]));
        await bot.Fake.WaitForRequestAsync(r => r.Path == "/channels/600/messages");

        summary.Handled.ShouldHaveSingleItem().Request.IsModerator.ShouldBeTrue();
    }

    [Fact]
    public async Task A_gateway_message_from_a_member_without_the_role_is_refused()
    {
        var summary = Summary();
        await using var bot = await BotHarness.StartAsync(Moderators(roles: [StaffRole]), summary);

        await bot.Connection.SendDispatchAsync("MESSAGE_CREATE", Mention("3002", roles: ["1"]));
        var reply = (await bot.Fake.WaitForRequestAsync(r => r.Path == "/channels/600/messages")).Body!.Value;

        reply.GetRawText().ShouldContain("Only moderators");
        summary.Handled.ShouldBeEmpty();
    }

    [Fact]
    public void Moderator_settings_are_read_as_comma_separated_ids()
    {
        var options = new BriefingBot.Discord.Hosting.DiscordOptions { Moderators = "111, 222", ModeratorRoles = "333" };

        options.ModeratorIds().ShouldBe(["111", "222"], ignoreOrder: true);
        options.ModeratorRoleIds().ShouldBe(["333"]);
    }

    [Fact]
    public void A_moderator_setting_that_is_not_ids_is_refused_naming_the_variable()
    {
        var result = new BriefingBot.Discord.Hosting.DiscordOptionsValidator().Validate(null, new BriefingBot.Discord.Hosting.DiscordOptions
        {
            Token = FakeDiscord.BotToken,
            ApplicationId = "42",
            Moderators = "alice",
            ModeratorRoles = "@staff",
        });

        result.Failed.ShouldBeTrue();
        result.FailureMessage.ShouldContain("BRIEFINGBOT__DISCORD__MODERATORS");
        result.FailureMessage.ShouldContain("BRIEFINGBOT__DISCORD__MODERATORROLES");
    }

    private static DiscordModerators Moderators(string[]? users = null, string[]? roles = null) =>
        new((users ?? []).ToHashSet(), (roles ?? []).ToHashSet());

    private static async Task Run(BotHarness bot, JsonObject command)
    {
        await bot.SendAsync(command);
        await bot.AnswerAsync(command, "@original");
    }

    private static JsonObject Mention(string id, string[] roles) => new()
    {
        ["id"] = id,
        ["channel_id"] = "600",
        ["guild_id"] = "500",
        ["content"] = "<@999> /summary",
        ["author"] = new JsonObject { ["id"] = Member, ["username"] = "reader" },
        ["member"] = new JsonObject { ["roles"] = new JsonArray(roles.Select(r => (JsonNode)r).ToArray()) },
        ["mentions"] = new JsonArray(new JsonObject { ["id"] = "999", ["username"] = "BriefingBot", ["bot"] = true }),
    };
}
