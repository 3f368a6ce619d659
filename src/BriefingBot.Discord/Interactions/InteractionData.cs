namespace BriefingBot.Discord.Interactions;

/// <summary>Application command, autocomplete and component data in one shape (fields absent where they do not apply).</summary>
public sealed record InteractionData
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public ApplicationCommandType? Type { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    public string? TargetId { get; init; }

    public ResolvedData? Resolved { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }
}
