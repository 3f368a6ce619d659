using BriefingBot.Chat;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Articles;
using BriefingBot.Telegram.Rendering;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Rendering;

public sealed class TelegramMessageRendererTests
{
    private static readonly Citation Hostile = new(3, "Bans <script>alert('x')</script> & \"more\"", "Outlet <i>", new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero),
        "https://news.example/a?x=1&y=\"2\"");

    [Fact]
    public void Every_user_and_article_string_is_escaped_and_the_result_is_valid_telegram_html()
    {
        var reply = new ChatReply
        {
            Blocks =
            [
                new TextBlock("<b>not bold</b> & co", TextRole.Heading),
                new ExcerptBlock("We <b>never</b> said & meant <script>", QuoteKind.Full, "Dmitry <Peskov>", "spokes&man", Hostile),
                new SummaryBlock("A summary with </blockquote> in it", false, Hostile),
                new ItemBlock("[3] <u>Title</u>", "Outlet & co", "javascript:alert(1)"),
            ],
        };

        var html = new TelegramMessageRenderer().Render(reply).Single().Html;

        TelegramHtmlChecker.Check(html, out _).ShouldBeNull();
        html.ShouldContain("<b>&lt;b&gt;not bold&lt;/b&gt; &amp; co</b>");
        html.ShouldContain("<blockquote>“We &lt;b&gt;never&lt;/b&gt; said &amp; meant &lt;script&gt;”</blockquote>");
        html.ShouldContain("— Dmitry &lt;Peskov&gt;, spokes&amp;man");
        html.ShouldContain("<a href=\"https://news.example/a?x=1&amp;y=%222%22\">Outlet &lt;i&gt;, 1 Mar 2024</a>");
        html.ShouldNotContain("javascript:");
        html.ShouldNotContain("<script>");
    }

    [Fact]
    public void A_long_briefing_is_split_on_paragraph_boundaries_within_the_limit()
    {
        var blocks = Enumerable.Range(1, 40)
            .Select(i => (ReplyBlock)new ExcerptBlock($"Quote number {i}: " + string.Concat(Enumerable.Repeat("words & <more> words ", 12)), QuoteKind.Full, "Someone", null, Hostile))
            .ToList();
        var reply = new ChatReply { Blocks = blocks, Buttons = [new ReplyButton("More", "more:x")] };

        var messages = new TelegramMessageRenderer().Render(reply);

        messages.Count.ShouldBeGreaterThan(1);
        messages.ShouldAllBe(m => m.Html.Length <= TelegramMessageRenderer.MaxLength && m.Plain.Length <= TelegramMessageRenderer.MaxLength);
        messages.Select(m => TelegramHtmlChecker.Check(m.Html, out var _)).ShouldAllBe(problem => problem == null);
        messages.ShouldAllBe(m => m.Html.StartsWith("<blockquote>"));
        messages.SkipLast(1).ShouldAllBe(m => m.Buttons.Count == 0);
        messages[^1].Buttons.Count.ShouldBe(1);
        string.Join("", messages.Select(m => m.Html)).Split("<blockquote>").Length.ShouldBe(41);
    }

    [Fact]
    public void A_single_block_over_the_limit_is_cut_into_plain_pieces_that_fit()
    {
        var text = string.Concat(Enumerable.Repeat("&<>\" ", 3000));
        var reply = new ChatReply { Blocks = [new TextBlock(text)] };

        var messages = new TelegramMessageRenderer().Render(reply);

        messages.ShouldAllBe(m => m.Html.Length <= TelegramMessageRenderer.MaxLength);
        messages.Select(m => TelegramHtmlChecker.Check(m.Html, out var _)).ShouldAllBe(problem => problem == null);
        string.Concat(messages.Select(m => m.Plain)).Replace(" ", "").ShouldBe(text.Replace(" ", ""));
    }
}
