using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace BriefingBot.Core.Ingestion;

/// <summary>Reads an HTML page through SmartReader (main content, title, byline, date, site) and AngleSharp (paragraphs).</summary>
internal static class HtmlArticleReader
{
    // SmartReader needs a base URL to resolve links against; nothing is fetched from it.
    private const string PlaceholderUrl = "https://article.invalid/";

    // Page furniture that is never article text, removed before SmartReader scores the page.
    private const string FurnitureSelector =
        "script, style, noscript, template, nav, footer, aside, form, button, iframe, svg, figcaption, picture, img, video, audio, [role=navigation], [role=contentinfo]";

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD", "BLOCKQUOTE", "PRE",
        "TABLE", "TR", "TD", "TH", "SECTION", "ARTICLE", "HEADER", "MAIN", "FIGURE", "ADDRESS", "HR", "CENTER",
    };

    // News pages nest a few dozen elements deep; a few hundred is already markup built to break readers.
    private const int MaxReadableDepth = 400;

    public static HtmlArticle Read(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var canonicalUrl = CanonicalUrl(document);
        var declaredSiteName = document.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        foreach (var element in document.QuerySelectorAll(FurnitureSelector).ToList())
        {
            element.Remove();
        }

        // SmartReader walks the page by recursion: a page nested deeper than any real one would overflow the stack
        // and end the process, so such a page is read by our own walk alone.
        if (NestingDepth(document.DocumentElement) > MaxReadableDepth)
        {
            var pageTitle = string.IsNullOrWhiteSpace(document.Title) ? null : Whitespace.Collapse(document.Title);
            var walked = document.Body is { } element ? Paragraphs(element) : [];
            return new HtmlArticle(pageTitle, walked, new ArticleMetadata(canonicalUrl, SiteName(declaredSiteName) ?? HostOutlet(canonicalUrl), null, DateFinder.FromUrlPath(canonicalUrl)));
        }

        // The third argument makes this the (address, text) overload; with two strings SmartReader reads the second as a user agent and downloads the address.
        var article = Reader.ParseArticle(PlaceholderUrl, document.DocumentElement.OuterHtml, null);
        var paragraphs = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content)
            ? ParagraphsOf(parser, article.Content)
            : document.Body is { } body ? Paragraphs(body) : [];

        var byline = ParseByline(article.Byline);
        var metadata = new ArticleMetadata(
            canonicalUrl,
            byline?.Outlet ?? SiteName(article.SiteName) ?? SiteName(declaredSiteName) ?? HostOutlet(canonicalUrl),
            byline?.Author ?? (string.IsNullOrWhiteSpace(article.Author) ? null : Whitespace.Collapse(article.Author)),
            DateFinder.FromDateTime(article.PublicationDate) ?? DateFinder.FromUrlPath(canonicalUrl));

        var title = string.IsNullOrWhiteSpace(article.Title) ? null : Whitespace.Collapse(article.Title);
        return new HtmlArticle(title, WithoutLeadingTitle(paragraphs, title), metadata);
    }

    // SmartReader keeps the page's headline as the content's first block; the title is stored apart, and a headline
    // read as body text would be a sentence with no quote in it at best and a false antecedent at worst.
    private static List<string> WithoutLeadingTitle(List<string> paragraphs, string? title)
    {
        if (title is not null && paragraphs.Count > 0 && IsHeadlineOf(paragraphs[0], title))
        {
            paragraphs.RemoveAt(0);
        }

        return paragraphs;
    }

    // The page title may carry the site's name after the headline: "Harbour reopens | Example Daily".
    private static bool IsHeadlineOf(string paragraph, string title)
    {
        if (!title.StartsWith(paragraph, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = title[paragraph.Length..].TrimStart();
        return rest.Length == 0 || (paragraph.Length >= 12 && !char.IsLetterOrDigit(rest[0]));
    }

    /// <summary>Block elements become paragraphs; inline elements and text join the paragraph they sit in; br breaks a line.</summary>
    public static List<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var buffer = new StringBuilder();
        Walk(root, buffer, paragraphs);
        Flush(buffer, paragraphs);
        return paragraphs;
    }

    private static List<string> ParagraphsOf(HtmlParser parser, string contentHtml)
    {
        using var content = parser.ParseDocument(contentHtml);
        return content.Body is { } body ? Paragraphs(body) : [];
    }

    // Depth-first over an explicit stack, not by recursion: a page nested tens of thousands of levels deep must not
    // overflow the thread's stack. A block element pushes a marker that flushes its paragraph once its children are done.
    private static void Walk(INode root, StringBuilder buffer, List<string> paragraphs)
    {
        var pending = new Stack<(INode Node, bool BlockEnd)>();
        PushChildren(pending, root);
        while (pending.TryPop(out var item))
        {
            if (item.BlockEnd)
            {
                Flush(buffer, paragraphs);
                continue;
            }

            switch (item.Node)
            {
                case IText text:
                    buffer.Append(text.Data);
                    break;
                case IElement { TagName: "BR" }:
                    Flush(buffer, paragraphs);
                    break;
                case IElement element when BlockTags.Contains(element.TagName):
                    Flush(buffer, paragraphs);
                    pending.Push((element, BlockEnd: true));
                    PushChildren(pending, element);
                    break;
                case IElement element:
                    PushChildren(pending, element);
                    break;
            }
        }
    }

    private static int NestingDepth(IElement root)
    {
        var deepest = 0;
        var pending = new Stack<(IElement Element, int Depth)>();
        pending.Push((root, 1));
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            foreach (var child in item.Element.Children)
            {
                pending.Push((child, item.Depth + 1));
            }
        }

        return deepest;
    }

    // Last child first, so that the first is taken off the stack first.
    private static void PushChildren(Stack<(INode Node, bool BlockEnd)> pending, INode node)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            pending.Push((children[i], BlockEnd: false));
        }
    }

    private static void Flush(StringBuilder buffer, List<string> paragraphs)
    {
        var paragraph = Whitespace.Collapse(buffer.ToString());
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }

        buffer.Clear();
    }

    // SmartReader's byline may or may not carry the leading "By".
    private static Byline? ParseByline(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }

        var text = Whitespace.Collapse(byline);
        return Byline.Parse(text) ?? Byline.Parse("By " + text);
    }

    private static string? CanonicalUrl(IHtmlDocument document)
    {
        var candidates = new[]
        {
            document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"),
        };
        return candidates.FirstOrDefault(c =>
            Uri.TryCreate(c, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
    }

    private static string? HostOutlet(string? url) =>
        url is null ? null : KnownOutlets.FromHost(new Uri(url).Host);

    // SmartReader may fall back to the placeholder's host when a page names no site.
    private static string? SiteName(string? siteName) =>
        string.IsNullOrWhiteSpace(siteName) || siteName.Contains("article.invalid", StringComparison.OrdinalIgnoreCase)
            ? null
            : Whitespace.Collapse(siteName);
}
