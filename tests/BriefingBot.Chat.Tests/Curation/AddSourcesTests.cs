using System.Text;
using BriefingBot.Chat.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Chat.Tests.Curation;

public sealed class AddSourcesTests : CurationBed
{
    private readonly ArticleFetcherDouble _fetcher;

    public AddSourcesTests()
        : this(new ArticleFetcherDouble())
    {
    }

    private AddSourcesTests(ArticleFetcherDouble fetcher)
        : base(services => services.AddSingleton<Core.Ingestion.Fetching.IArticleFetcher>(fetcher))
    {
        _fetcher = fetcher;
    }

    [Fact]
    public async Task A_link_is_fetched_and_becomes_a_preview_with_its_address()
    {
        const string url = "https://harbour.example/news/ferry-fares";
        _fetcher.Pages[url] = "<html><head><title>Harbour council delays its decision on ferry fares</title></head><body><article>"
            + string.Concat(FerryArticle.Split("\n\n").Skip(1).Select(p => $"<p>{p.Trim()}</p>")) + "</article></body></html>";

        var reply = await Moderator("/add " + url);

        var text = PlainTextRenderer.Render(reply);
        reply.IsError.ShouldBeFalse(text);
        text.ShouldContain("Maria Lindqvist");
        Store.PendingPreviews().Single().Article.Url.ShouldBe(url);
    }

    [Fact]
    public async Task A_link_the_fetcher_refuses_gets_a_short_reply_naming_the_rule()
    {
        var reply = await Moderator("/add http://10.0.0.1/secret");

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe("I could not add that link: That address is not public. (rule: private-address)");
        Store.PendingPreviews().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_text_file_becomes_a_preview()
    {
        var reply = await Handle(ChatRequests.Moderator("/add") with { Attachments = [File("ferry.txt", "text/plain", FerryArticle)] });

        reply.IsError.ShouldBeFalse(PlainTextRenderer.Render(reply));
        Store.PendingPreviews().Single().Article.Title.ShouldBe("Harbour council delays its decision on ferry fares");
    }

    [Fact]
    public async Task A_file_over_five_megabytes_is_refused_without_downloading_it()
    {
        var opened = false;
        var huge = new ChatAttachment("story.txt", "text/plain", 50L * 1024 * 1024, _ =>
        {
            opened = true;
            return Task.FromResult<Stream>(new MemoryStream());
        });

        var reply = await Handle(ChatRequests.Moderator("/add") with { Attachments = [huge] });

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe("That file is too large; I take files up to 5 MB.");
        opened.ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_that_turns_out_larger_than_declared_is_refused()
    {
        var content = new string('a', 6 * 1024 * 1024);
        var reply = await Handle(ChatRequests.Moderator("/add") with { Attachments = [File("story.txt", "text/plain", content) with { Size = null }] });

        reply.IsError.ShouldBeTrue();
        Store.PendingPreviews().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("report.pdf", "application/pdf", "That is a PDF; I can add .txt, .md and .html files only.")]
    [InlineData("photo.jpg", "image/jpeg", "That is an image; I can add .txt, .md and .html files only.")]
    [InlineData("sheet.xlsx", null, "I can add .txt, .md and .html files only.")]
    public async Task Files_other_than_text_markdown_or_html_are_refused(string name, string? type, string message)
    {
        var reply = await Handle(ChatRequests.Moderator("/add") with { Attachments = [File(name, type, "%PDF-1.4")] });

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe(message);
        Store.PendingPreviews().ShouldBeEmpty();
    }

    private static ChatAttachment File(string name, string? type, string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        return new ChatAttachment(name, type, bytes.Length, _ => Task.FromResult<Stream>(new MemoryStream(bytes)));
    }
}
