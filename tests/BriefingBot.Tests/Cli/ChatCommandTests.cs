using BriefingBot.Cli;
using BriefingBot.Cli.Commands;
using BriefingBot.Hosting.Serving;
using BriefingBot.Testing.Chat;

namespace BriefingBot.Tests.Cli;

public sealed class ChatCommandTests : IDisposable
{
    private readonly ChatTestBed _bed = new ChatTestBed().WithPeskovArticles();

    public void Dispose() => _bed.Dispose();

    private async Task<string> Converse(string lines)
    {
        using var output = new StringWriter();
        await new ChatConsole(_bed.Dispatcher, new StringReader(lines), output, prompt: false).RunAsync(TestContext.Current.CancellationToken);
        return output.ToString();
    }

    [Fact]
    public async Task The_console_chat_answers_with_the_same_handlers_and_pages_with_more()
    {
        var text = await Converse("/quotes Peskov\nmore\nmore\n");

        text.ShouldContain("— Dmitry Peskov");
        text.ShouldContain("[type \"more\": More (2 left)]");
        text.ShouldContain("Quotes 6–7 of 7");
        text.ShouldContain("Nothing more to show");
    }

    [Fact]
    public async Task The_console_chat_takes_plain_questions_and_stops_at_quit()
    {
        var text = await Converse("what did Peskov say about bans\nquit\n/help\n");

        text.ShouldContain("— Dmitry Peskov");
        text.ShouldNotContain("/sources");
    }

    [Fact]
    public async Task The_console_chat_runs_as_an_adapter_over_the_chat_layer_serve_registers()
    {
        using var output = new StringWriter();
        var io = new ConsoleChatIo(new StringReader("/quotes Peskov\nmore\nquit\n/help\n"), output, Prompt: false);

        await ConsoleChatAdapter.RunAloneAsync(_bed.Test.Library, _bed.Composer, io, TestContext.Current.CancellationToken);

        output.ToString().ShouldContain("— Dmitry Peskov");
        output.ToString().ShouldContain("[type \"more\": More (2 left)]");
        output.ToString().ShouldNotContain("/sources");
    }

    [Fact]
    public void The_console_adapter_is_never_started_by_serve()
    {
        var adapter = new ConsoleChatAdapter(new ConsoleChatIo(TextReader.Null, TextWriter.Null, Prompt: false));

        adapter.IsConfigured(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()).ShouldBeFalse();
        ChatAdapterList.All.ShouldNotContain(a => a.Name == adapter.Name);
    }

    [Fact]
    public async Task The_console_chat_is_the_owner_and_may_add_and_publish_but_more_does_not_press_publish()
    {
        var text = await Converse(
            "/add Ferry fares stay the same. “We will not raise ferry fares before the summer,” said Maria Lindqvist, the transport chair.\nmore\n/publish 1\n/ask what did Lindqvist say about ferry fares\n");

        text.ShouldContain("Preview 1:");
        text.ShouldContain("Nothing more to show");
        text.ShouldContain("Published preview 1 as article");
        text.ShouldContain("We will not raise ferry fares before the summer");
    }

    [Fact]
    public async Task Serve_without_a_token_names_the_missing_setting_and_fails()
    {
        if (Environment.GetEnvironmentVariable("BRIEFINGBOT__TELEGRAM__TOKEN") is not null)
        {
            Assert.Skip("a Telegram token is set in this environment");
        }

        var run = await CliRun.Of("serve", "--db", Path.Combine(Path.GetTempPath(), $"serve-{Guid.NewGuid():N}.db"));

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe($"error: {ChatCommandsCli.NoAdapterMessage}");
    }
}
