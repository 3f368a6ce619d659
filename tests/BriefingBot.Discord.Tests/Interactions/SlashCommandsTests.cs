using BriefingBot.Chat;
using BriefingBot.Chat.Catalog;
using BriefingBot.Discord.Interactions;
using BriefingBot.Testing.Chat;

namespace BriefingBot.Discord.Tests.Interactions;

/// <summary>Discord's application commands are made from the chat command catalog.</summary>
public sealed class SlashCommandsTests : IDisposable
{
    private readonly ChatTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public void Every_visible_command_is_a_slash_command_with_its_declared_options()
    {
        var commands = SlashCommands.All(_bed.Dispatcher.Catalog);

        commands.Where(c => c.Type == ApplicationCommandType.ChatInput).Select(c => c.Name)
            .ShouldBe(_bed.Dispatcher.Catalog.Visible.Concat(_bed.Dispatcher.Catalog.ForModerators).Select(c => c.Name));
        var quotes = commands.Single(c => c.Name == "quotes");
        quotes.Options!.Select(o => (o.Name, o.Required, o.MaxLength, o.Autocomplete)).ShouldBe([("speaker", (bool?)true, (int?)100, (bool?)true), ("topic", false, 200, null)]);
        quotes.DefaultMemberPermissions.ShouldBeNull();
    }

    [Fact]
    public void A_moderator_command_is_shown_only_to_members_who_can_manage_the_server()
    {
        var catalog = new ChatCommandCatalog(_bed.Dispatcher.Catalog.Handlers.Append(new ModeratorOnly()), [new SpeakerSuggestions(_bed.Test.Library)]);

        SlashCommands.All(catalog).Single(c => c.Name == "retract").DefaultMemberPermissions.ShouldBe(SlashCommands.ModeratorPermissions);
    }

    [Fact]
    public void A_file_option_is_an_attachment_option_without_a_length()
    {
        var upload = new ModeratorOnly(new ChatCommandInfo("upload", "Upload an article", [
            new ChatCommandOption("file", "the article", Required: true, MaxLength: 0) { Type = ChatOptionType.Attachment },
        ]));
        var catalog = new ChatCommandCatalog(_bed.Dispatcher.Catalog.Handlers.Append(upload), [new SpeakerSuggestions(_bed.Test.Library)]);

        var option = SlashCommands.All(catalog).Single(c => c.Name == "upload").Options.ShouldHaveSingleItem();

        option.Type.ShouldBe(ApplicationCommandOptionType.Attachment);
        ((int)option.Type).ShouldBe(11);
        option.MaxLength.ShouldBeNull();
    }

    private sealed class ModeratorOnly(ChatCommandInfo? info = null) : IChatCommand
    {
        public ChatCommandInfo Info { get; } = info ?? new("retract", "Take a quote back", []) { Permission = ChatPermission.Moderator };

        public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken) => ValueTask.FromResult(ChatReply.Text("done"));
    }
}
