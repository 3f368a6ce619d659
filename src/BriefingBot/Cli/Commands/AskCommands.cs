using System.CommandLine;

namespace BriefingBot.Cli.Commands;

/// <summary>`ask QUESTION` and `brief TOPIC`: cited answers from the library.</summary>
public static class AskCommands
{
    public static Command Ask(CommandRunner runner)
    {
        var question = new Argument<string>("question") { Description = "A question, e.g. \"what did Peskov say about bans\"" };
        var limit = LimitOption();
        var offset = new Option<int>("--offset") { Description = "Skip this many answers (paging)" };
        var command = new Command("ask", "Answer a question with cited quotes") { question, limit, offset };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: true, (session, io) =>
        {
            var answer = session.Answers.Ask(parse.GetValue(question)!, parse.GetValue(limit), parse.GetValue(offset));
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
            var answer = session.Answers.Brief(string.Join(' ', parse.GetValue(topic)!), parse.GetValue(limit));
            Write(io, answer);
            return 0;
        }));
        return command;
    }

    private static Option<int?> LimitOption() => new("--limit") { Description = "How many quotes to show" };

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
