using System.CommandLine;
using BriefingBot.Backup;
using BriefingBot.Chat;
using BriefingBot.Chat.State;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using BriefingBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
            var io = CommandIo.Of(parse, parse.GetValue(runner.Json));
            try
            {
                var (storePath, chatState) = ConfiguredFiles(parse.GetValue(runner.Store), runner.Environment);
                var destination = parse.GetValue(file)!;

                // The store refuses its own files; the chat state is the bot's too, open or not.
                BackupTarget.Check(
                    destination, string.IsNullOrWhiteSpace(chatState) ? [] : ChatStateStore.FilesOf(chatState), "the bot's chat state (answered updates, Telegram offset)");
                var result = await BackupAsync(storePath, destination, ct);
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

    /// <summary>Copies the store itself when it is free; when a running bot holds it, asks that bot to make the copy.</summary>
    public static async Task<BackupResult> BackupAsync(string storePath, string destination, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(storePath);
        if (!File.Exists(full))
        {
            throw new StoreException($"There is no store at {full}; pass --db PATH or set BRIEFINGBOT__LIBRARY__STOREPATH.");
        }

        try
        {
            using var store = BriefingStore.Open(full);
            return store.Backup(destination);
        }
        catch (StoreInUseException)
        {
            return await BackupClient.RequestAsync(full, destination, cancellationToken);
        }
    }

    // --db, else the configured store (BriefingBot:Library:StorePath), checked as every command checks it; and the chat state file.
    private static (string Store, string ChatState) ConfiguredFiles(string? storeOption, LaunchEnvironment environment)
    {
        using var host = BriefingHostBuilder.Create(storeOption, environment).Build();
        var chat = host.Services.GetRequiredService<IConfiguration>().GetSection(ChatOptions.Section).Get<ChatOptions>() ?? new ChatOptions();
        return (host.Services.GetRequiredService<IOptions<LibraryOptions>>().Value.StorePath, chat.StatePath);
    }
}
