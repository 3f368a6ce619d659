using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Discord.Tests.Hosting;

public sealed class SessionResumeTests
{
    private static readonly TimeSpan ShutdownBound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task After_a_restart_the_adapter_resumes_its_session_and_answers_what_was_said_meanwhile_once()
    {
        await using var adapter = await AdapterHarness.CreateAsync(new Dictionary<string, string?> { ["AnswerMentions"] = "true", ["RegisterCommands"] = "false" });
        await adapter.StartHostAsync();
        var first = await adapter.Fake.NextConnectionAsync();
        await first.SendHelloAsync();
        await first.ReceiveOpAsync(2);
        await first.SendReadyAsync("session-1", adapter.Fake.ResumeUrl);
        await adapter.Adapter.Started.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await first.SendDispatchAsync("MESSAGE_CREATE", Mention("3000"));
        await adapter.Fake.WaitForRequestAsync(r => r.Path == "/channels/600/messages");

        await adapter.RestartAsync(ShutdownBound);

        await first.Closed.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        first.ClientCloseCode.ShouldNotBe(1000);
        var resumed = await adapter.Fake.NextConnectionAsync();
        resumed.Path.ShouldBe("/resume");
        await resumed.SendHelloAsync();
        var resume = (await resumed.ReceiveOpAsync(6)).GetProperty("d");
        resume.GetProperty("session_id").GetString().ShouldBe("session-1");
        resume.GetProperty("seq").GetInt32().ShouldBe(2);

        // Discord replays what was dispatched while the bot was away (here also the one answered before, to prove it is not answered again).
        await resumed.SendDispatchAsync("MESSAGE_CREATE", Mention("3000"), 2);
        await resumed.SendDispatchAsync("MESSAGE_CREATE", Mention("3001"), 3);
        await resumed.SendDispatchAsync("RESUMED", new JsonObject(), 4);
        await adapter.Adapter.Started.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await adapter.Fake.WaitForRequestAsync(r => r.Path == "/channels/600/messages", skip: 1);
        await adapter.Host.StopAsync(ShutdownBound); // waits for every replayed event to be handled

        resumed.Sent.ShouldNotContain(p => p.GetProperty("op").GetInt32() == 2);
        var answered = adapter.Fake.Requests.Where(r => r.Path == "/channels/600/messages")
            .Select(r => r.Body!.Value.GetProperty("message_reference").GetProperty("message_id").GetString()).ToList();
        answered.ShouldBe(["3000", "3001"]);
    }

    private static JsonObject Mention(string id) => new()
    {
        ["id"] = id,
        ["channel_id"] = "600",
        ["guild_id"] = "500",
        ["content"] = "<@999> what did Peskov say about bans",
        ["author"] = new JsonObject { ["id"] = "77", ["username"] = "reader" },
        ["mentions"] = new JsonArray(new JsonObject { ["id"] = "999", ["username"] = "BriefingBot", ["bot"] = true }),
    };
}
