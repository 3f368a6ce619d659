using BriefingBot.Chat.Buttons;
using BriefingBot.Chat.Catalog;
using BriefingBot.Chat.Curation;
using BriefingBot.Core.Curation;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Ingestion.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Chat.Commands;

/// <summary>
/// /add TEXT, /add LINK, /add as a reply to a message, or /add with a .txt/.md/.html file: the article becomes a preview that
/// nobody else sees until a moderator publishes it.
/// </summary>
public sealed class AddCommand(CurationDesk desk, CommandButtons buttons, IServiceProvider services) : IChatCommand, ITextArguments
{
    /// <summary>Files larger than this are refused before they are downloaded.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public const string NothingMessage =
        "Paste the article after /add, reply /add to a message holding it, attach a .txt, .md or .html file, or give a link.";

    public const string NoFetcherMessage = "Adding by link is not configured on this bot. Paste the article's text instead.";

    public ChatCommandInfo Info { get; } = new("add", "Add an article (text, reply, file or link) as a preview to publish",
        [
            new("article", "The article's text, or a link to it", Required: false, MaxLength: 100_000),
            new("file", "A .txt, .md or .html file holding the article", Required: false, MaxLength: 300) { Type = ChatOptionType.Attachment },
        ])
    { Permission = ChatPermission.Moderator, MenuOrder = 100 };

    // All of the text is the article: it is not split into words for the options.
    public IReadOnlyDictionary<string, string> Read(string text) => new Dictionary<string, string> { ["article"] = text };

    public async ValueTask<ChatReply> HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var who = RequestCurator.Of(request);
        var text = context.Arguments.Text("article");
        if (text.Length == 0)
        {
            text = request.RepliedText?.Trim() ?? "";
        }

        try
        {
            Preview preview;
            if (request.Attachments.Count > 0)
            {
                var file = request.Attachments[0];
                if (Refusal(file) is { } refusal)
                {
                    return ChatReply.Error(refusal);
                }

                await using var content = await file.OpenAsync(cancellationToken).ConfigureAwait(false);
                preview = await desk.AddAsync(new BoundedStream(content, MaxFileBytes), FormatOf(file)!.Value, $"{request.Platform} file {Shorten(file.FileName)}", null, who,
                    cancellationToken).ConfigureAwait(false);
            }
            else if (text.Length == 0)
            {
                return ChatReply.Error(NothingMessage);
            }
            else if (AsLink(text) is { } link)
            {
                if (services.GetService<IArticleFetcher>() is not { } fetcher)
                {
                    return ChatReply.Error(NoFetcherMessage);
                }

                var page = await fetcher.FetchAsync(link, cancellationToken).ConfigureAwait(false);
                var format = page.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) ? ArticleFormat.Html : ArticleFormat.Text;
                using var body = new MemoryStream(page.Body, writable: false);
                preview = await desk.AddAsync(body, format, page.FinalUrl.AbsoluteUri, page.FinalUrl.AbsoluteUri, who, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                preview = desk.Add(text, ArticleFormat.Text, $"{request.Platform} message", null, who);
            }

            return PreviewReply.Render(preview, request, buttons);
        }
        catch (FetchRefusedException e)
        {
            return ChatReply.Error($"I could not add that link: {e.Message} (rule: {e.Rule})");
        }
        catch (IngestException e)
        {
            return ChatReply.Error($"I could not add that: {e.Message}");
        }
        catch (FileTooLargeException)
        {
            return ChatReply.Error(TooLarge());
        }
    }

    /// <summary>Why a file is not taken (by its name, type and declared size, before downloading), or null when it is.</summary>
    public static string? Refusal(ChatAttachment file)
    {
        if (file.Size is > MaxFileBytes)
        {
            return TooLarge();
        }

        if (FormatOf(file) is not null)
        {
            return null;
        }

        var type = file.ContentType ?? "";
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        var what = extension == ".pdf" || type.Contains("pdf", StringComparison.OrdinalIgnoreCase) ? "That is a PDF; "
            : type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || extension is ".png" or ".jpg" or ".jpeg" or ".gif" or ".webp" ? "That is an image; "
            : "";
        return what + "I can add .txt, .md and .html files only.";
    }

    private static ArticleFormat? FormatOf(ChatAttachment file) =>
        Path.GetExtension(file.FileName).ToLowerInvariant() switch
        {
            ".txt" => ArticleFormat.Text,
            ".md" or ".markdown" => ArticleFormat.Markdown,
            ".html" or ".htm" => ArticleFormat.Html,
            "" => (file.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant() switch
            {
                "text/plain" => ArticleFormat.Text,
                "text/markdown" => ArticleFormat.Markdown,
                "text/html" => ArticleFormat.Html,
                _ => null,
            },
            _ => null,
        };

    private static string TooLarge() => $"That file is too large; I take files up to {MaxFileBytes / (1024 * 1024)} MB.";

    // A single http(s) address and nothing else.
    private static Uri? AsLink(string text) =>
        !text.Any(char.IsWhiteSpace) && Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;

    private static string Shorten(string name) => name.Length <= 100 ? name : name[..100];
}
