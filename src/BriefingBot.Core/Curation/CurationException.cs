namespace BriefingBot.Core.Curation;

/// <summary>A curation request that cannot be carried out as asked (no such id, an expired preview, text not in the article); the message is a short reply.</summary>
public sealed class CurationException(string message) : Exception(message);
