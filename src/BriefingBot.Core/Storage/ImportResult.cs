namespace BriefingBot.Core.Storage;

/// <summary>What <see cref="StoreTransfer.Import"/> wrote.</summary>
/// <param name="ArticlesAdded">Articles that were new to the store.</param>
/// <param name="ArticlesReplaced">Articles matched to a stored one by URL or content hash and updated in place.</param>
/// <param name="QuotesImported">Quotes written.</param>
/// <param name="SpeakersAdded">Speakers that were new to the store.</param>
/// <param name="SpeakersMatched">Speakers matched by name to a stored speaker (the stored one is kept as it was).</param>
/// <param name="KeptIds">True when the store was empty and the document's ids were kept.</param>
public sealed record ImportResult(
    int ArticlesAdded,
    int ArticlesReplaced,
    int QuotesImported,
    int SpeakersAdded,
    int SpeakersMatched,
    bool KeptIds);
