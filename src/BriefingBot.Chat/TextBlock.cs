namespace BriefingBot.Chat;

/// <summary>A paragraph of our own text (never markup: renderers escape it).</summary>
public sealed record TextBlock(string Text, TextRole Role = TextRole.Body) : ReplyBlock;
