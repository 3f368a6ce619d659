using System.Text;
using BriefingBot.Core.Ingestion.Fetching;

namespace BriefingBot.Chat.Tests.Curation;

/// <summary>Stands in for the guarded link fetcher: serves one page per address, refuses the rest as the real one would.</summary>
internal sealed class ArticleFetcherDouble : IArticleFetcher
{
    public Dictionary<string, string> Pages { get; } = new(StringComparer.Ordinal);

    public Task<FetchedDocument> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        return Pages.TryGetValue(url.AbsoluteUri, out var html)
            ? Task.FromResult(new FetchedDocument(url, "text/html", "utf-8", Encoding.UTF8.GetBytes(html)))
            : throw new FetchRefusedException("private-address", "That address is not public.");
    }
}
