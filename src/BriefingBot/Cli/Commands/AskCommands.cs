using System.CommandLine;
using BriefingBot.Core.Ingestion;

namespace BriefingBot.Cli.Commands;

/// <summary>`ask QUESTION` and `brief TOPIC`: cited answers from the library.</summary>
public static class AskCommands
{
    public static Command Ask(CommandRunner runner)
    {
        var question = new Argument<string>("question") { Description = "A question, e.g. \"what did Peskov say about bans\"" };
        var limit = LimitOption();
        var offset = new Option<int>("--offset") { Description = "Skip this many answers (paging)" }.Within(0, 100_000);
        var command = new Command("ask", "Answer a question with cited quotes") { question, limit, offset };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: true, (session, io) =>
        {
            var answer = session.Answers.Ask(ControlCharacters.Strip(parse.GetValue(question)!), CheckLimit(session, parse.GetValue(limit)), parse.GetValue(offset));
            Write(io, answer);
            return 0;
        }));
        return command;
    }

    public static Command Brief(CommandRunner runner)
    {
        var topic = new Argument<string[]>("topic") { Description = "What to be briefed on", Arity = ArgumentArity.OneOrMore };
        var limit = LimitOption();
        var command = new Command("brief", "The best quotes and article summaries on a topic") { topic, limit };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: true, (session, io) =>
        {
            var answer = session.Answers.Brief(ControlCharacters.Strip(string.Join(' ', parse.GetValue(topic)!)), CheckLimit(session, parse.GetValue(limit)));
            Write(io, answer);
            return 0;
        }));
        return command;
    }

    private static Option<int?> LimitOption() => new Option<int?>("--limit") { Description = "How many quotes to show" }.Within(1, int.MaxValue);

    // The answers' maximum is a setting (BriefingBot:Answers:MaxLimit), known once the session is open.
    private static int? CheckLimit(CliSession session, int? limit) =>
        limit > session.AnswerOptions.MaxLimit
            ? throw new UsageException($"--limit can be at most {session.AnswerOptions.MaxLimit} (the setting {Core.Answers.AnswerOptions.Section}:MaxLimit), not {limit}.")
            : limit;

    private static void Write(CommandIo io, Core.Answers.Answer answer)
    {
        if (io.Json)
        {
            CliJson.Write(io.Output, AnswerPrinter.ToJson(answer));
        }
        else
        {
            AnswerPrinter.Print(io.Output, answer);
        }
    }
}
