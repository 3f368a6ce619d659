using System.Net;
using BriefingBot.Chat.Rendering;
using BriefingBot.Testing.Network;

namespace BriefingBot.Chat.Tests.Curation;

/// <summary>A redirect to a host name is judged on the address the name resolves to (here a private one), not on the name.</summary>
public sealed class RedirectToPrivateNameTests : LinkedArticleBed
{
    private readonly RecordingResolver _resolver;

    public RedirectToPrivateNameTests()
        : this(new RecordingResolver(IPAddress.Parse("10.20.30.40")))
    {
    }

    private RedirectToPrivateNameTests(RecordingResolver resolver)
        : base(allowLoopback: true, resolver) => _resolver = resolver;

    [Fact]
    public async Task A_link_that_redirects_to_a_name_resolving_to_a_private_address_is_refused_and_nothing_is_stored()
    {
        await using var server = await ServeArticle(("/moved", TestWebServer.RedirectTo("http://intranet.example/story")));

        var reply = await Moderator($"/add {server.BaseUrl}/moved");

        reply.IsError.ShouldBeTrue();
        PlainTextRenderer.Render(reply).ShouldBe("I could not add that link: intranet.example is not a public internet address; "
            + "links to private, local or reserved addresses are not fetched. (rule: private-address)");
        _resolver.Asked.ShouldBe(["intranet.example"]);
        server.Requests.ShouldBe(["/moved"]);
        Store.PendingPreviews().ShouldBeEmpty();
        Store.LatestAudit(10).ShouldBeEmpty();
    }
}
