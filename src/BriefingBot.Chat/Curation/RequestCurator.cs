using BriefingBot.Core.Curation;

namespace BriefingBot.Chat.Curation;

/// <summary>Who a chat request's changes are recorded as in the audit log.</summary>
public static class RequestCurator
{
    private const int MaxNameLength = 64;

    public static Curator Of(ChatRequest request)
    {
        var name = request.User.DisplayName ?? request.User.Username;
        return new Curator(request.Platform, request.User.Id, name is { Length: > MaxNameLength } ? name[..MaxNameLength] : name);
    }
}
