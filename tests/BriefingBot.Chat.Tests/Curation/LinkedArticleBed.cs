using BriefingBot.Core.Ingestion.Fetching;
using BriefingBot.Testing.Network;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Chat.Tests.Curation;

/// <summary>
/// The moderators' commands with the real guarded link fetcher, registered as the bot registers it, and a made-up article
/// page a test serves on 127.0.0.1. Whether links may reach loopback is the test's explicit configuration.
/// </summary>
/// <param name="resolver">Answers host names in place of DNS (the bot's own resolver when null).</param>
public abstract class LinkedArticleBed(bool allowLoopback, IHostAddressResolver? resolver = null)
    : CurationBed(services =>
    {
        if (resolver is not null)
        {
            services.AddSingleton(resolver);
        }

        services.AddArticleFetching(new ConfigurationBuilder()
            .AddInMemoryCollection([new($"{FetchOptions.Section}:AllowLoopback", allowLoopback ? "true" : "false")])
            .Build());
    })
{
    protected const string Headline = "City library will open on Sundays from April";

    /// <summary>A made-up news page of our own: headline, outlet and date metadata, a byline, two quotes from two named people.</summary>
    protected const string ArticlePage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>City library will open on Sundays from April</title>
          <meta property="og:title" content="City library will open on Sundays from April">
          <meta property="og:site_name" content="Riverside Courier">
          <meta property="article:published_time" content="2024-03-20T09:30:00Z">
          <meta name="author" content="Jonas Weber">
        </head>
        <body>
          <article>
            <h1>City library will open on Sundays from April</h1>
            <p class="byline">By Jonas Weber</p>
            <p>The central library of Riverside will open its doors on Sundays from April, the city announced on Thursday, after a year of requests from students and parents.</p>
            <p>"Sunday opening gives working families a quiet place to read together," said Clara Okafor, the city's head librarian.</p>
            <p>The extra day will be staffed by volunteers and two new librarians, paid for by a grant from the regional arts fund.</p>
            <p>"The grant covers the Sunday staff for three years, and after that the council will pay," said Henrik Dahl, who chairs the council's budget committee.</p>
            <p>The reading rooms on the upper floor will stay closed on Sundays until the lift is repaired in the summer.</p>
          </article>
        </body>
        </html>
        """;

    /// <summary>Starts a web server on 127.0.0.1 with the article at /story plus <paramref name="routes"/>.</summary>
    protected static Task<TestWebServer> ServeArticle(params (string Path, RequestDelegate Handler)[] routes)
    {
        var all = new Dictionary<string, RequestDelegate> { ["/story"] = TestWebServer.Serve("text/html; charset=utf-8", ArticlePage) };
        foreach (var (path, handler) in routes)
        {
            all[path] = handler;
        }

        return TestWebServer.StartAsync(all, TestContext.Current.CancellationToken);
    }
}
