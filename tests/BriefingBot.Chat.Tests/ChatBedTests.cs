using BriefingBot.Testing.Chat;

namespace BriefingBot.Chat.Tests;

/// <summary>Tests over the dispatcher of a test bed holding the made-up Peskov articles.</summary>
public abstract class ChatBedTests : IDisposable
{
    protected ChatTestBed Bed { get; } = new ChatTestBed().WithPeskovArticles();

    public void Dispose()
    {
        Bed.Dispose();
        GC.SuppressFinalize(this);
    }

    protected Task<ChatReply?> Handle(ChatRequest request) => Bed.Dispatcher.HandleAsync(request, TestContext.Current.CancellationToken);
}
