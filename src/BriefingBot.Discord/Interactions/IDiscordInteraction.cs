using BriefingBot.Discord.Messages;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// One interaction and the ways to answer it, shaped like Discord.Net's IDiscordInteraction (DeferAsync, RespondAsync,
/// ModifyOriginalResponseAsync, FollowupAsync …) so that library's types can stand in for ours.
/// </summary>
public interface IDiscordInteraction
{
    Interaction Payload { get; }

    /// <summary>The initial response (within 3 seconds) has been sent.</summary>
    bool HasResponded { get; }

    Task DeferAsync(bool ephemeral, CancellationToken cancellationToken);

    Task RespondAsync(DiscordMessage message, CancellationToken cancellationToken);

    Task RespondWithAutocompleteAsync(IEnumerable<ApplicationCommandChoice> choices, CancellationToken cancellationToken);

    /// <summary>For a button press: replaces the message the button is on, as the initial response.</summary>
    Task UpdateMessageAsync(DiscordMessage message, CancellationToken cancellationToken);

    Task ModifyOriginalResponseAsync(DiscordMessage message, CancellationToken cancellationToken);

    Task DeleteOriginalResponseAsync(CancellationToken cancellationToken);

    Task FollowupAsync(DiscordMessage message, CancellationToken cancellationToken);
}
