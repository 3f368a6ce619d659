namespace BriefingBot.Chat;

/// <summary>Where a paged reply is: items shown from <see cref="Offset"/>, of <see cref="Total"/>; <see cref="NextPayload"/> asks for the next page.</summary>
public sealed record ReplyPaging(int Offset, int Shown, int Total, string? NextPayload)
{
    public bool HasMore => NextPayload is not null;
}
