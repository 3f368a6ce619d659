namespace BriefingBot.Chat.Catalog;

/// <summary>What a command handler gets: the request, its arguments bound to the command's options, and the catalog (for /help).</summary>
public sealed record ChatCommandContext(ChatRequest Request, ChatArguments Arguments, ChatCommandCatalog Catalog);
