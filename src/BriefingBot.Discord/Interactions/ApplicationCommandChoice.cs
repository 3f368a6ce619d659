namespace BriefingBot.Discord.Interactions;

/// <summary>One autocomplete suggestion (name shown, value sent back), each at most 100 characters.</summary>
public sealed record ApplicationCommandChoice(string Name, string Value);
