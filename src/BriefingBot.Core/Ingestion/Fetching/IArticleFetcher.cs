namespace BriefingBot.Core.Ingestion.Fetching;

/// <summary>
/// Fetches an article a moderator linked to. Implementations guard against server-side request forgery (only public
/// addresses, checked on the address actually connected to and on every redirect) and bound size and time.
/// </summary>
public interface IArticleFetcher
{
    /// <summary>Fetches <paramref name="url"/>; throws <see cref="FetchRefusedException"/> with a short reason when it may not or cannot.</summary>
    Task<FetchedDocument> FetchAsync(Uri url, CancellationToken cancellationToken);
}
