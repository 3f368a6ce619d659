using BriefingBot.Core.Library;

namespace BriefingBot.Chat.Catalog;

/// <summary>Speakers whose name or alias starts with what was typed (or whose name contains it), most quoted first.</summary>
public sealed class SpeakerSuggestions(BriefingLibrary library) : IAutocompleteSource
{
    public const string SourceName = "speakers";

    public string Name => SourceName;

    public IReadOnlyList<string> Suggest(string typed, int max) => library.SuggestSpeakers(typed, max);
}
