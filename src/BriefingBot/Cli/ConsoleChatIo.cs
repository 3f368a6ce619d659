namespace BriefingBot.Cli;

/// <summary>The terminal the console chat talks through: the lines typed, where replies go, and whether to show a prompt.</summary>
public sealed record ConsoleChatIo(TextReader Input, TextWriter Output, bool Prompt);
