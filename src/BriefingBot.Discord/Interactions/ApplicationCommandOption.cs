namespace BriefingBot.Discord.Interactions;

/// <summary>A slash-command option; strings carry max_length, autocomplete asks the bot for choices while the user types.</summary>
public sealed record ApplicationCommandOption(ApplicationCommandOptionType Type, string Name, string Description)
{
    public bool? Required { get; init; }

    public int? MaxLength { get; init; }

    public bool? Autocomplete { get; init; }
}
