namespace BriefingBot.Chat.Catalog;

/// <summary>Values to offer while someone types an option (Discord autocomplete); options name their source.</summary>
public interface IAutocompleteSource
{
    string Name { get; }

    IReadOnlyList<string> Suggest(string typed, int max);
}
