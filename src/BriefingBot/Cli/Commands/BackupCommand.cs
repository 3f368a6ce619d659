using System.CommandLine;
using BriefingBot.Chat;
using BriefingBot.Chat.State;
using BriefingBot.Control;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using BriefingBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli.Commands;

/// <summary>`backup PATH`: a consistent copy of the store, taken by the running bot when one holds the store open.</summary>
public static class BackupCommand
{
    public static Command Create(CommandRunner runner)
    {
        var file = new Argument<string>("path") { Description = "The file to write the copy to (a LiteDB file, like the store)" };
        var command = new Command("backup", "Write a consistent copy of the store, also while the bot is running") { file };
        command.SetAction(async (parse, ct) =>
        {
            var io = runner.IoFor(parse);
            try
            {
                var destination = io.Terminal.Resolve(parse.GetValue(file)!);
                BackupResult result;
                if (runner.Origin.ServingServices is { } served)
                {
                    // Forwarded to the running bot: the copy is made inside its store's gate.
                    result = new StoreBackup(served.GetRequiredService<BriefingLibrary>().Store).Write(destination);
                }
                else
                {
                    var store = runner.StorePath(parse.GetValue(runner.Store));

                    // The store refuses its own files; the chat state is the bot's too, open or not.
                    var chatState = ConfiguredChatState(parse.GetValue(runner.Store), runner.Environment);
                    BackupTarget.Check(
                        destination, string.IsNullOrWhiteSpace(chatState) ? [] : ChatStateStore.FilesOf(chatState), "the bot's chat state (answered updates, Telegram offset)");
                    if (!File.Exists(store))
                    {
                        throw new StoreException($"There is no store at {store}; pass --db PATH or set BRIEFINGBOT__LIBRARY__STOREPATH.");
                    }

                    try
                    {
                        // Only the store itself: a backup neither merges speakers nor builds the index, as opening the library would.
                        using var free = BriefingStore.Open(store);
                        result = new StoreBackup(free).Write(destination);
                    }
                    catch (StoreInUseException)
                    {
                        // Held by a running serve: it runs this command line; held by a process that takes none: the in-use error.
                        if (await ControlClient.ForwardAsync(store, runner.Origin.Arguments, io, ct) is { } code)
                        {
                            return code;
                        }

                        throw;
                    }
                }

                if (io.Json)
                {
                    CliJson.Write(io.Output, result);
                }
                else
                {
                    io.Output.WriteLine($"backed up {result.Articles} articles, {result.Quotes} quotes and {result.Speakers} speakers to {result.Path} ({result.Bytes:N0} bytes)");
                }

                return 0;
            }
            catch (Exception e) when (CliErrors.IsExpected(e))
            {
                io.Error.WriteLine($"error: {CliErrors.OneLine(e)}");
                return 1;
            }
        });
        return command;
    }

    // The chat state file (BriefingBot:Chat:StatePath) as the bot would open it.
    private static string ConfiguredChatState(string? storeOption, LaunchEnvironment environment)
    {
        using var host = BriefingHostBuilder.Create(storeOption, environment).Build();
        var chat = host.Services.GetRequiredService<IConfiguration>().GetSection(ChatOptions.Section).Get<ChatOptions>() ?? new ChatOptions();
        return chat.StatePath;
    }
}
