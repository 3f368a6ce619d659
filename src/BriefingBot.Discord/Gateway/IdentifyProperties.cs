namespace BriefingBot.Discord.Gateway;

/// <summary>Identify's connection properties: our operating system and library name.</summary>
public sealed record IdentifyProperties(string Os, string Browser, string Device);
