namespace BriefingBot.Chat;

/// <summary>What kind of conversation a request comes from; groups answer only when addressed.</summary>
public enum ChatKind
{
    Private,
    Group,
    Channel,
}
