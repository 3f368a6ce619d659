namespace BriefingBot.Chat.Catalog;

/// <summary>
/// A command whose text arguments need more than "one word per option, the last takes the rest" (a speaker's name of
/// several words) reads them itself; the dispatcher still validates what it returns against the declaration.
/// </summary>
public interface ITextArguments
{
    IReadOnlyDictionary<string, string> Read(string text);
}
