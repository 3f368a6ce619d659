namespace BriefingBot.Discord.Messages;

/// <summary>A row of up to five buttons.</summary>
public sealed record ActionRow(IReadOnlyList<Button> Components)
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A JSON field: the serializer writes instance properties.")]
    public ComponentType Type => ComponentType.ActionRow;
}
