using BriefingBot.Chat.Catalog;

namespace BriefingBot.Chat.Tests.Catalog;

public sealed class ChatArgumentBinderTests
{
    private static readonly ChatCommandOption File = new("file", "the article as a file", Required: true, MaxLength: 0)
    {
        Type = ChatOptionType.Attachment,
        Missing = "Attach the article as a file.",
    };

    [Fact]
    public void A_required_file_option_without_an_attachment_answers_its_missing_message()
    {
        var (arguments, error) = ChatArgumentBinder.Bind(Command(File), ChatRequests.Message("/upload"), "");

        arguments.ShouldBeNull();
        error.ShouldBe("Attach the article as a file.");
    }

    [Fact]
    public void A_required_file_option_is_satisfied_by_an_attachment()
    {
        var request = ChatRequests.Message("/upload") with { Attachments = [Attachment()] };

        var (arguments, error) = ChatArgumentBinder.Bind(Command(File), request, "");

        error.ShouldBeNull();
        arguments.ShouldNotBeNull();
    }

    [Fact]
    public void A_file_option_takes_no_words_from_the_text()
    {
        var note = new ChatCommandOption("note", "a note", Required: false, MaxLength: 100);
        var request = ChatRequests.Message("/upload harbour story") with { Attachments = [Attachment()] };

        var (arguments, _) = ChatArgumentBinder.Bind(Command(File, note), request, "harbour story");

        arguments!["note"].ShouldBe("harbour story");
    }

    private static ChatAttachment Attachment() => new("story.txt", "text/plain", 12, _ => Task.FromResult<Stream>(new MemoryStream("Harbour news"u8.ToArray())));

    private static IChatCommand Command(params ChatCommandOption[] options) => new DeclaredCommand(new ChatCommandInfo("upload", "Uploads a file.", options));

    private sealed class DeclaredCommand(ChatCommandInfo info) : IChatCommand
    {
        public ChatCommandInfo Info => info;

        public ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
