namespace BriefingBot.Chat;

/// <summary>One part of a reply; platforms render each kind in order.</summary>
public abstract record ReplyBlock;
