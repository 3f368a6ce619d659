using System.CommandLine;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace BriefingBot.Cli;

/// <summary>Runs a command's body in a session and turns expected failures into one clear line and exit code 1.</summary>
public sealed class CommandRunner(Option<string?> storeOption, Option<bool> jsonOption)
{
    public Option<bool> Json => jsonOption;

    public Task<int> RunAsync(ParseResult parse, bool loadSample, Func<CliSession, CommandIo, Task<int>> body) =>
        RunOnStoreAsync(parse, parse.GetValue(storeOption), loadSample, body);

    /// <summary>Runs the body on the given store file instead of the --db one (e.g. a scratch store).</summary>
    public async Task<int> RunOnStoreAsync(ParseResult parse, string? storePath, bool loadSample, Func<CliSession, CommandIo, Task<int>> body)
    {
        var io = new CommandIo(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(jsonOption));
        try
        {
            using var session = CliSession.Open(storePath, loadSample);
            return await body(session, io);
        }
        catch (Exception e) when (e is IngestException or QuestionException or StoreException or InvalidDataException
                                       or OptionsValidationException or IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: {OneLine(e)}");
            return 1;
        }
    }

    public Task<int> RunAsync(ParseResult parse, bool loadSample, Func<CliSession, CommandIo, int> body) =>
        RunAsync(parse, loadSample, (session, io) => Task.FromResult(body(session, io)));

    public static string OneLine(Exception e) =>
        (e is OptionsValidationException validation ? string.Join(" ", validation.Failures) : e.Message)
            .ReplaceLineEndings(" ");
}

/// <summary>Where a command writes, and whether it writes JSON.</summary>
public sealed record CommandIo(TextWriter Output, TextWriter Error, bool Json);
