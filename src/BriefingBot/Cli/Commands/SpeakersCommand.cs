using System.CommandLine;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Cli.Commands;

/// <summary>`speakers [PREFIX]`: who the bot has quotes from, with roles and affiliations.</summary>
public static class SpeakersCommand
{
    public static Command Create(CommandRunner runner)
    {
        var prefix = new Argument<string?>("prefix") { Description = "Only names starting with this", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Also speakers with no stored quotes" };
        var command = new Command("speakers", "List known speakers") { prefix, all };
        command.SetAction((parse, ct) => runner.RunAsync(parse, loadSample: true, (session, io) =>
        {
            var start = NameNormalizer.Key(parse.GetValue(prefix) ?? "");
            var speakers = session.Library.Speakers.All
                .Select(s => (Speaker: s, Quotes: session.Library.Quotes.QuotesOfSpeaker(s.Id).Count))
                .Where(x => parse.GetValue(all) || x.Quotes > 0)
                .Where(x => start.Length == 0 || NameNormalizer.Key(x.Speaker.Name).StartsWith(start, StringComparison.Ordinal)
                            || x.Speaker.Aliases.Any(a => NameNormalizer.Key(a).StartsWith(start, StringComparison.Ordinal)))
                .OrderByDescending(x => x.Quotes).ThenBy(x => x.Speaker.Name, StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (io.Json)
            {
                CliJson.Write(io.Output, speakers.Select(x => new
                {
                    id = x.Speaker.Id,
                    name = x.Speaker.Name,
                    type = x.Speaker.Type,
                    aliases = x.Speaker.Aliases,
                    roles = x.Speaker.Roles,
                    affiliations = x.Speaker.Affiliations,
                    quotes = x.Quotes,
                }));
                return 0;
            }

            foreach (var (speaker, quotes) in speakers)
            {
                var about = string.Join("; ", speaker.Roles.Take(2).Concat(speaker.Affiliations.Take(2)));
                io.Output.WriteLine($"{speaker.Name}{(about.Length > 0 ? " — " + about : "")} ({quotes} quote{(quotes == 1 ? "" : "s")})");
            }

            io.Output.WriteLine($"{speakers.Count} speaker(s).");
            return 0;
        }));
        return command;
    }
}
