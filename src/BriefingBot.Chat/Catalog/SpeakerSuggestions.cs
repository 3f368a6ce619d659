using BriefingBot.Core.Library;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Chat.Catalog;

/// <summary>Speakers from the store whose name or alias starts with what was typed (or contains it), most quoted first.</summary>
public sealed class SpeakerSuggestions(BriefingLibrary library) : IAutocompleteSource
{
    public const string SourceName = "speakers";

    public string Name => SourceName;

    public IReadOnlyList<string> Suggest(string typed, int max)
    {
        var key = NameNormalizer.Key(typed.Length > 100 ? typed[..100] : typed);
        return library.Speakers.All
            .Select(s => (Speaker: s, Rank: Rank(s, key), Quotes: library.Quotes.QuotesOfSpeaker(s.Id).Count))
            .Where(x => x.Rank > 0 && (x.Quotes > 0 || key.Length > 0))
            .OrderByDescending(x => x.Rank).ThenByDescending(x => x.Quotes).ThenBy(x => x.Speaker.Name, StringComparer.OrdinalIgnoreCase)
            .Select(x => x.Speaker.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToList();
    }

    // 3: a name word starts with the text; 2: an alias does; 1: the name contains it; 0: no match.
    private static int Rank(Speaker speaker, string key)
    {
        if (key.Length == 0)
        {
            return 1;
        }

        var name = NameNormalizer.Key(speaker.Name);
        if (name.StartsWith(key, StringComparison.Ordinal) || name.Split(' ').Any(w => w.StartsWith(key, StringComparison.Ordinal)))
        {
            return 3;
        }

        return speaker.Aliases.Any(a => NameNormalizer.Key(a).StartsWith(key, StringComparison.Ordinal)) ? 2 : name.Contains(key, StringComparison.Ordinal) ? 1 : 0;
    }
}
