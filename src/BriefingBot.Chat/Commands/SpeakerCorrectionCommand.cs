using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Curation;
using BriefingBot.Core.Curation;
using BriefingBot.Core.Library;

namespace BriefingBot.Chat.Commands;

/// <summary>
/// /speaker alias NAME ALIAS, /speaker merge A B, /speaker role NAME ROLE. Names have several words, so the text is split where
/// a known speaker's name ends (or at "|", when given).
/// </summary>
public sealed class SpeakerCorrectionCommand(CurationDesk desk, BriefingLibrary library) : IChatCommand, ITextArguments
{
    private const string Usage =
        "Use /speaker alias NAME ALIAS, /speaker merge A B or /speaker role NAME ROLE, for example: /speaker alias Dmitry Peskov Kremlin spokesman Peskov";

    public ChatCommandInfo Info { get; } = new("speaker", "Correct a speaker: add an alias or a role, or merge two",
        [
            new("action", "alias, merge or role", Required: true, MaxLength: 10) { Missing = Usage },
            new("names", "The speaker's name, then the alias, role, or the speaker to merge into", Required: true, MaxLength: 400) { Missing = Usage },
        ])
    { Permission = ChatPermission.Moderator, MenuOrder = 160 };

    public IReadOnlyDictionary<string, string> Read(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        return space < 0
            ? new Dictionary<string, string> { ["action"] = trimmed }
            : new Dictionary<string, string> { ["action"] = trimmed[..space], ["names"] = trimmed[(space + 1)..].Trim() };
    }

    public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var action = context.Arguments.Text("action").ToLowerInvariant();
        var names = context.Arguments.Text("names");
        var who = RequestCurator.Of(context.Request);
        var (first, second) = action == "merge" ? SplitBothKnown(names) : SplitAfterKnown(names);
        if (first is null || second is null)
        {
            return ValueTask.FromResult(ChatReply.Error(
                action is "alias" or "role" or "merge" ? $"I don't know a speaker at the start of \"{names}\". See /speakers, or separate the names with |." : Usage));
        }

        switch (action)
        {
            case "alias":
                desk.AddSpeakerAlias(first, second, who);
                return Done($"{first} is now also found as {second}.");
            case "role":
                desk.AddSpeakerRole(first, second, who);
                return Done($"{first} now has the role {second}.");
            case "merge":
                desk.MergeSpeakers(first, second, who);
                return Done($"{first} is merged into {second}: their quotes are one speaker's.");
            default:
                return ValueTask.FromResult(ChatReply.Error(Usage));
        }
    }

    // "Dmitry Peskov Kremlin spokesman" → ("Dmitry Peskov", "Kremlin spokesman"): the longest opening that names a known speaker.
    private (string?, string?) SplitAfterKnown(string names)
    {
        if (Explicit(names) is { } given)
        {
            return given;
        }

        var words = Words(names);
        for (var n = words.Length - 1; n >= 1; n--)
        {
            var name = string.Join(' ', words[..n]);
            if (library.Speakers.FindByName(name) is not null)
            {
                return (name, string.Join(' ', words[n..]));
            }
        }

        return (null, null);
    }

    // "Peskov Dmitry Peskov" → both halves known speakers.
    private (string?, string?) SplitBothKnown(string names)
    {
        if (Explicit(names) is { } given)
        {
            return given;
        }

        var words = Words(names);
        for (var n = 1; n < words.Length; n++)
        {
            var (a, b) = (string.Join(' ', words[..n]), string.Join(' ', words[n..]));
            if (library.Speakers.FindByName(a) is not null && library.Speakers.FindByName(b) is not null)
            {
                return (a, b);
            }
        }

        return (null, null);
    }

    private static (string?, string?)? Explicit(string names)
    {
        var bar = names.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? null : (names[..bar].Trim(), names[(bar + 1)..].Trim());
    }

    private static string[] Words(string names) => names.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static ValueTask<ChatReply> Done(string text) => ValueTask.FromResult(ChatReply.Text(text));
}
