using System.Globalization;
using BriefingBot.Chat;
using BriefingBot.Chat.Paging;
using BriefingBot.Core.Ingestion;

namespace BriefingBot.Cli;

/// <summary>
/// The chat in a terminal: each line is a message to the same handlers Telegram uses ("/help", "/quotes Peskov", or
/// a plain question); "more" presses the last reply's More button; "quit" or end of input stops.
/// </summary>
public sealed class ChatConsole(ChatDispatcher dispatcher, TextReader input, TextWriter output, bool prompt)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var update = 0;
        List<ReplyButton> buttons = [];
        output.WriteLine("BriefingBot chat: ask a question, or /help. \"more\" shows more, \"quit\" leaves.");
        while (!cancellationToken.IsCancellationRequested)
        {
            if (prompt)
            {
                output.Write("> ");
            }

            // A pasted escape sequence is not part of the question.
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } read ? ControlCharacters.Strip(read) : null;
            if (line is null || line.Trim() is "quit" or "exit" or "/quit")
            {
                return;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var more = line.Trim().Equals("more", StringComparison.OrdinalIgnoreCase);
            if (more && buttons.Count == 0)
            {
                output.WriteLine("Nothing more to show: ask something else.");
                continue;
            }

            var request = new ChatRequest
            {
                Platform = ConsoleChatAdapter.Platform,
                UpdateId = (++update).ToString(CultureInfo.InvariantCulture),
                User = new ChatUser("local", Environment.UserName),
                ChatId = "local",
                Text = more ? null : line,
                CallbackData = more ? buttons[0].Payload : null,
                IsModerator = true,
            };
            var channel = new ConsoleReplyChannel(output);
            await dispatcher.HandleAsync(request, channel, cancellationToken).ConfigureAwait(false);
            if (channel.Last is { } reply)
            {
                // Typing "more" presses More; the other buttons (Publish, Discard) are typed as the commands the reply names.
                buttons = reply.Buttons.Where(b => b.Payload.StartsWith(PagingStore.Prefix, StringComparison.Ordinal)).ToList();
            }
        }
    }
}
