using System.Globalization;
using System.Runtime.InteropServices;
using BriefingBot.Testing.Telegram;

// A fake Telegram Bot API on 127.0.0.1 for smoke tests of a real bot process or container:
//   dotnet run --project tests/BriefingBot.FakeTelegram -- [--port 8081] [--address 127.0.0.1] [--token TOKEN | --any-token]
// Point the bot at it with BRIEFINGBOT__TELEGRAM__BASEURL=http://127.0.0.1:8081, push messages with
//   curl -d '{"chat_id": 5, "text": "what did Peskov say about bans"}' http://127.0.0.1:8081/fake/updates
// send a file with a caption with
//   curl -d '{"chat_id": 5, "file_name": "story.txt", "content": "…", "caption": "/add"}' http://127.0.0.1:8081/fake/documents
// make users administrators of a chat (for BRIEFINGBOT__TELEGRAM__MODERATORCHATS) with
//   curl -d '{"chat_id": -100123, "user_ids": [7]}' http://127.0.0.1:8081/fake/administrators
// and read what the bot sent with: curl http://127.0.0.1:8081/fake/calls
var port = 8081;
var address = "127.0.0.1";
string? token = FakeTelegramServer.Token;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length:
            port = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--address" when i + 1 < args.Length:
            address = args[++i];
            break;
        case "--token" when i + 1 < args.Length:
            token = args[++i];
            break;
        case "--any-token":
            token = null;
            break;
        default:
            Console.Error.WriteLine("usage: BriefingBot.FakeTelegram [--port N] [--address IP] [--token TOKEN | --any-token]");
            return 2;
    }
}

await using var server = await FakeTelegramServer.StartAsync(port: port, token: token, address: address);
Console.WriteLine($"fake Telegram Bot API listening on {server.BaseUrl} (token: {token ?? "any"})");
var stop = new TaskCompletionSource();
using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
await stop.Task;
return 0;
