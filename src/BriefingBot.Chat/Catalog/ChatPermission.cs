namespace BriefingBot.Chat.Catalog;

/// <summary>Who may use a command.</summary>
public enum ChatPermission
{
    Everyone,

    /// <summary>Only requests the adapter marks <see cref="ChatRequest.IsModerator"/>; others get a short refusal.</summary>
    Moderator,
}
