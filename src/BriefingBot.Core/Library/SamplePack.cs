using System.Text.Json;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Ingestion;

namespace BriefingBot.Core.Library;

/// <summary>Loads the shipped sample pack (article details, our summaries, short attributed quotes) into an empty library.</summary>
public sealed class SamplePack(TimeProvider time)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Loads the pack when the store has no articles yet; returns how many articles it added.</summary>
    public int LoadIfEmpty(BriefingLibrary library, string path)
    {
        if (!library.Store.IsEmpty || !File.Exists(path))
        {
            return 0;
        }

        using var stream = File.OpenRead(path);
        var pack = JsonSerializer.Deserialize<PackFile>(stream, Options)
            ?? throw new InvalidDataException($"{path} is not a sample pack.");
        foreach (var entry in pack.Articles ?? [])
        {
            Load(library, entry);
        }

        return pack.Articles?.Count ?? 0;
    }

    private void Load(BriefingLibrary library, PackArticle entry)
    {
        var quotes = (entry.Quotes ?? []).Select(item => (Quote: new Quote
        {
            Text = item.Text,
            Length = item.Text.Length,
            Kind = item.Text.Split(' ').Length < 5 ? QuoteKind.Partial : QuoteKind.Full,
            SpeakerRole = item.Role,
            Attribution = AttributionKind.Explicit,
            Confidence = 1.0,
            Context = item.Context ?? "",
            Background = entry.Title + " " + entry.Summary,
        }, SpeakerName: (string?)item.Speaker)).ToList();
        library.AssignSpeakers([], quotes);

        // The pack carries no article bodies: the summary stands in, and the hash keeps re-loads from duplicating.
        library.Save(
            new Article
            {
                Title = entry.Title,
                Summary = entry.Summary,
                Url = entry.Url,
                Outlet = entry.Outlet,
                PublishedAt = entry.PublishedAt,
                ContentHash = ArticleIngestor.ContentHash("sample pack: " + entry.Title),
                IngestedAt = time.GetUtcNow(),
                Source = "sample pack",
            },
            quotes.Select(q => q.Quote).ToList());
    }

    private sealed record PackFile(List<PackArticle>? Articles);

    private sealed record PackArticle(string Title, string? Outlet, string? Url, DateTimeOffset? PublishedAt, string? Summary, List<PackQuote>? Quotes);

    private sealed record PackQuote(string Text, string Speaker, string? Role, string? Context);
}
