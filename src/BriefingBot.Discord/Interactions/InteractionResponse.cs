using BriefingBot.Discord.Messages;

namespace BriefingBot.Discord.Interactions;

/// <summary>The body of an interaction callback: a type and, for messages and autocomplete, its data.</summary>
public sealed record InteractionResponse(InteractionCallbackType Type, object? Data = null)
{
    public static InteractionResponse Pong { get; } = new(InteractionCallbackType.Pong);

    public static InteractionResponse Message(DiscordMessage message) => new(InteractionCallbackType.ChannelMessageWithSource, message);

    /// <summary>For a button press: the message the button is on, replaced.</summary>
    public static InteractionResponse Update(DiscordMessage message) => new(InteractionCallbackType.UpdateMessage, message);

    /// <summary>"The bot is thinking": the answer follows as an edit of the original response.</summary>
    public static InteractionResponse Defer(bool ephemeral = false) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, new DeferredData(ephemeral ? MessageFlags.Ephemeral : null));

    public static InteractionResponse Autocomplete(IEnumerable<ApplicationCommandChoice> choices) =>
        new(InteractionCallbackType.ApplicationCommandAutocompleteResult, new AutocompleteData(choices.Take(DiscordLimits.AutocompleteChoices).ToList()));

    /// <summary>A deferred response's data: only the ephemeral flag is valid.</summary>
    public sealed record DeferredData(MessageFlags? Flags);

    public sealed record AutocompleteData(IReadOnlyList<ApplicationCommandChoice> Choices);
}
