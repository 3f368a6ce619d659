using BriefingBot.Discord.Messages;
using BriefingBot.Discord.Rest;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// An interaction answered over REST. The initial response goes through <c>initialResponse</c>: the callback endpoint
/// for gateway interactions, or the HTTP response itself in HTTP interactions mode; everything after goes to the webhook routes.
/// </summary>
public sealed class DiscordInteraction(Interaction payload, IDiscordRestApi rest, Func<InteractionResponse, CancellationToken, Task> initialResponse)
    : IDiscordInteraction
{
    private int _responded;

    public Interaction Payload => payload;

    public bool HasResponded => Volatile.Read(ref _responded) == 1;

    /// <summary>An interaction from the gateway: the initial response is POSTed to its callback route.</summary>
    public static DiscordInteraction OverRest(Interaction payload, IDiscordRestApi rest) =>
        new(payload, rest, (response, token) => rest.CreateInteractionResponseAsync(payload.Id, payload.Token, response, token));

    public Task DeferAsync(bool ephemeral, CancellationToken cancellationToken) => InitialAsync(InteractionResponse.Defer(ephemeral), cancellationToken);

    public Task RespondAsync(DiscordMessage message, CancellationToken cancellationToken) => InitialAsync(InteractionResponse.Message(message), cancellationToken);

    public Task RespondWithAutocompleteAsync(IEnumerable<ApplicationCommandChoice> choices, CancellationToken cancellationToken) =>
        InitialAsync(InteractionResponse.Autocomplete(choices), cancellationToken);

    public Task UpdateMessageAsync(DiscordMessage message, CancellationToken cancellationToken) =>
        InitialAsync(InteractionResponse.Update(message), cancellationToken);

    public Task ModifyOriginalResponseAsync(DiscordMessage message, CancellationToken cancellationToken) =>
        rest.ModifyOriginalResponseAsync(payload.ApplicationId, payload.Token, message, cancellationToken);

    public Task DeleteOriginalResponseAsync(CancellationToken cancellationToken) =>
        rest.DeleteOriginalResponseAsync(payload.ApplicationId, payload.Token, cancellationToken);

    public Task FollowupAsync(DiscordMessage message, CancellationToken cancellationToken) =>
        rest.FollowupAsync(payload.ApplicationId, payload.Token, message, cancellationToken);

    private Task InitialAsync(InteractionResponse response, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _responded, 1) == 1)
        {
            throw new InvalidOperationException("This interaction already has its initial response.");
        }

        return initialResponse(response, cancellationToken);
    }
}
