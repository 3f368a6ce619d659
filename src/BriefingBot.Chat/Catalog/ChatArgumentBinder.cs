using System.Globalization;

namespace BriefingBot.Chat.Catalog;

/// <summary>
/// Binds a request's arguments to a command's declared options, the same way for every platform: named options as the
/// platform sent them, or text read in order (one word per option, the last takes the rest, unless the command reads its
/// text itself). Then checks them once: required ones present, lengths within bounds, numbers readable. A file option reads
/// no text: it is satisfied by a file attached to the request.
/// </summary>
public static class ChatArgumentBinder
{
    /// <summary>The bound arguments, or the short reply saying what is wrong.</summary>
    public static (ChatArguments? Arguments, string? Error) Bind(IChatCommand command, ChatRequest request, string text)
    {
        var info = command.Info;
        var raw = request.Options.Count > 0 ? request.Options
            : info.Options.Count == 0 ? new Dictionary<string, string>()
            : command is ITextArguments reader ? reader.Read(text)
            : InOrder([.. info.Options.Where(o => o.Type != ChatOptionType.Attachment)], text);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in info.Options)
        {
            if (option.Type == ChatOptionType.Attachment)
            {
                if (option.Required && request.Attachments.Count == 0)
                {
                    return (null, MissingMessage(info, option));
                }

                continue;
            }

            var value = raw.GetValueOrDefault(option.Name)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (option.Required)
                {
                    return (null, MissingMessage(info, option));
                }

                continue;
            }

            if (value.Length > option.MaxLength)
            {
                return (null, $"That {option.Name} is {value.Length} characters long; please keep it under {option.MaxLength}.");
            }

            if (option.Type == ChatOptionType.Number)
            {
                value = value.TrimStart('[', '#').TrimEnd(']');
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
                {
                    return (null, MissingMessage(info, option));
                }

                value = number.ToString(CultureInfo.InvariantCulture);
            }

            values[option.Name] = value;
        }

        return (new ChatArguments(values), null);
    }

    private static string MissingMessage(ChatCommandInfo info, ChatCommandOption option) =>
        option.Missing ?? $"/{info.Name} needs {option.Name}: {option.Description}.";

    private static Dictionary<string, string> InOrder(IReadOnlyList<ChatCommandOption> options, string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = text.Trim();
        for (var i = 0; i < options.Count && rest.Length > 0; i++)
        {
            if (i == options.Count - 1)
            {
                values[options[i].Name] = rest;
                break;
            }

            var space = rest.IndexOfAny([' ', '\t', '\n', '\r']);
            values[options[i].Name] = space < 0 ? rest : rest[..space];
            rest = space < 0 ? "" : rest[(space + 1)..].TrimStart();
        }

        return values;
    }
}
