namespace BriefingBot.Core.Ingestion.Fetching;

/// <summary>
/// A link that was not fetched, or not fully: <see cref="Rule"/> names the rule that refused it ("private-address",
/// "too-large", "timeout", "http-status", "content-type", "too-many-redirects", "scheme", "unreachable"), the message says it in a
/// short sentence fit for a chat reply.
/// </summary>
public sealed class FetchRefusedException(string rule, string message) : Exception(message)
{
    public string Rule { get; } = rule;
}
