using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Paging;
using BriefingBot.Chat.Rendering;
using BriefingBot.Chat.State;

namespace BriefingBot.Chat.Tests;

/// <summary>The registered commands are the catalog: arguments are bound and checked from their declarations, the same for typed and structured commands.</summary>
public sealed class CatalogTests : ChatBedTests
{
    [Fact]
    public async Task A_structured_command_missing_a_required_option_gets_the_same_reply_as_a_typed_one()
    {
        var typed = await Handle(ChatRequests.Message("/brief"));
        var structured = await Handle(ChatRequests.Message("") with { Text = null, Command = "brief", MentionsBot = true });

        PlainTextRenderer.Render(structured!).ShouldBe(PlainTextRenderer.Render(typed!));
        structured!.IsError.ShouldBeTrue();
    }

    [Fact]
    public async Task A_typed_option_over_its_declared_length_is_refused_as_a_structured_one_is()
    {
        var name = new string('x', 150);
        var typed = await Handle(ChatRequests.Message("/quotes " + name));
        var structured = await Handle(ChatRequests.Message("") with { Text = null, Command = "quotes", Options = new Dictionary<string, string> { ["speaker"] = name } });

        PlainTextRenderer.Render(typed!).ShouldBe("That speaker is 150 characters long; please keep it under 100.");
        PlainTextRenderer.Render(structured!).ShouldBe(PlainTextRenderer.Render(typed!));
    }

    [Fact]
    public async Task A_number_option_reads_the_way_sources_shows_numbers()
    {
        var reply = await Handle(ChatRequests.Message("/article [1]"));

        reply!.IsError.ShouldBeFalse();
        reply.Blocks[0].ShouldBe(new TextBlock("Kremlin says bans are a last resort", TextRole.Heading));
    }

    [Fact]
    public async Task A_moderator_command_is_refused_to_everyone_else_and_runs_for_a_moderator()
    {
        var dispatcher = WithCommand(new PinCommand());

        var refused = await dispatcher.HandleAsync(ChatRequests.Message("/pin 3"), TestContext.Current.CancellationToken);
        var done = await dispatcher.HandleAsync(ChatRequests.Message("/pin 3") with { IsModerator = true }, TestContext.Current.CancellationToken);

        PlainTextRenderer.Render(refused!).ShouldBe("Only moderators can use /pin.");
        PlainTextRenderer.Render(done!).ShouldBe("pinned 3");
    }

    [Fact]
    public async Task Help_shows_moderator_commands_to_moderators_only()
    {
        var dispatcher = WithCommand(new PinCommand());

        var everyone = PlainTextRenderer.Render((await dispatcher.HandleAsync(ChatRequests.Message("/help"), TestContext.Current.CancellationToken))!);
        var moderator = PlainTextRenderer.Render((await dispatcher.HandleAsync(ChatRequests.Message("/help") with { IsModerator = true }, TestContext.Current.CancellationToken))!);

        everyone.ShouldNotContain("/pin");
        moderator.ShouldContain("/pin ID");
        dispatcher.Catalog.Visible.ShouldNotContain(c => c.Name == "pin");
        dispatcher.Catalog.ForModerators.ShouldContain(c => c.Name == "pin");
    }

    [Fact]
    public void Two_commands_of_one_name_are_refused_at_start()
    {
        Should.Throw<InvalidOperationException>(() => new ChatCommandCatalog([new PinCommand(), new PinCommand()], []))
            .Message.ShouldContain("/pin");
    }

    [Fact]
    public void An_option_naming_an_autocomplete_source_nobody_registered_is_refused_at_start()
    {
        Should.Throw<InvalidOperationException>(() => new ChatCommandCatalog(Bed.Dispatcher.Catalog.Handlers, []))
            .Message.ShouldContain(SpeakerSuggestions.SourceName);
    }

    [Fact]
    public void The_speaker_option_suggests_quoted_speakers_by_prefix()
    {
        Bed.Dispatcher.Catalog.Suggest("quotes", "speaker", "pes", 5).ShouldBe(["Dmitry Peskov"]);
        Bed.Dispatcher.Catalog.Suggest("quotes", "topic", "pes", 5).ShouldBeEmpty();
    }

    [Fact]
    public void Menus_list_commands_in_their_declared_order_without_hidden_ones()
    {
        string[] known = ["ask", "quotes", "brief", "speakers", "sources", "article", "help"];

        Bed.Dispatcher.Catalog.Visible.Select(c => c.Name).Where(known.Contains).ShouldBe(known);
        Bed.Dispatcher.Catalog.Visible.ShouldNotContain(c => c.Name == "start");
    }

    private ChatDispatcher WithCommand(IChatCommand command)
    {
        var catalog = new ChatCommandCatalog(Bed.Dispatcher.Catalog.Handlers.Append(command), [new SpeakerSuggestions(Bed.Test.Library)]);
        var paging = new PagedAnswers(Bed.Composer, new PagingStore(Bed.State, Bed.Time, Bed.Options.PagingLifetime));
        return new ChatDispatcher(catalog, paging, new UpdateLedger(Bed.State, Bed.Time, Bed.Options.RememberedUpdates), Bed.Options);
    }

    // A moderator command: one class, registered with the catalog like any other.
    private sealed class PinCommand : IChatCommand
    {
        public ChatCommandInfo Info { get; } = new("pin", "Pin an article", [new("id", "The article's number", Required: true, MaxLength: 10) { Type = ChatOptionType.Number }])
        {
            Permission = ChatPermission.Moderator,
        };

        public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult(ChatReply.Text($"pinned {context.Arguments.Number("id")}"));
    }
}
