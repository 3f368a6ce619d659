using BriefingBot.Chat.Rendering;
using BriefingBot.Core.Storage;
using BriefingBot.Testing.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Chat.Tests.Curation;

/// <summary>Tests of the moderators' commands over a real library file (with the made-up Peskov articles) and the dispatcher.</summary>
public abstract class CurationBed : IDisposable
{
    /// <summary>A made-up article of our own: two quotes from a named speaker, about ferry fares.</summary>
    protected const string FerryArticle = """
        Harbour council delays its decision on ferry fares

        The harbour council of Portview postponed its vote on ferry fares on Tuesday, after a long debate.

        "We will not raise ferry fares before the summer timetable is settled," said Maria Lindqvist, the council's transport chair.

        Lindqvist said the ferry operator had asked for more time. "The operator needs two more weeks to send us its figures on ferry fares," she said.
        """;

    /// <summary>A made-up article with nobody quoted.</summary>
    protected const string QuietArticle = """
        Lighthouse museum reopens after repairs

        The lighthouse museum on the northern cape reopened on Saturday after eight months of repairs to its roof and stairs.

        Visitors can again climb to the lamp room, and the small shop sells maps of the old shipping lanes.
        """;

    protected CurationBed(Action<IServiceCollection>? configure = null)
    {
        Bed = new ChatTestBed(configure: configure).WithPeskovArticles();
    }

    protected ChatTestBed Bed { get; }

    protected BriefingStore Store => Bed.Test.Library.Store;

    public void Dispose()
    {
        Bed.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task<ChatReply> Handle(ChatRequest request) =>
        (await Bed.Dispatcher.HandleAsync(request, TestContext.Current.CancellationToken))!;

    protected Task<ChatReply> Moderator(string text) => Handle(ChatRequests.Moderator(text));

    protected async Task<string> Text(ChatRequest request) => PlainTextRenderer.Render(await Handle(request));

    /// <summary>Adds the ferry article and returns the new preview's id.</summary>
    protected async Task<int> AddFerryPreview()
    {
        var reply = await Moderator("/add " + FerryArticle);
        reply.IsError.ShouldBeFalse(PlainTextRenderer.Render(reply));
        return Store.PendingPreviews()[^1].Id;
    }

    /// <summary>The speakers of the excerpts /ask answers with.</summary>
    protected async Task<IReadOnlyList<ExcerptBlock>> Ask(string question) =>
        (await Handle(ChatRequests.Message("/ask " + question))).Blocks.OfType<ExcerptBlock>().ToList();
}
