using System.CommandLine;
using System.Text.RegularExpressions;

namespace BriefingBot.Cli;

/// <summary>
/// A command line that cannot run as typed (an unknown option, a value of the wrong kind or out of range): one "error: " line
/// saying what to change, and exit code 2, instead of the help text and a .NET type name.
/// </summary>
public static partial class UsageErrors
{
    public const int ExitCode = 2;

    /// <summary>The first parse error as one line meant for the user.</summary>
    public static string Describe(ParseResult parse)
    {
        var error = parse.Errors[0];
        var message = error.Message.ReplaceLineEndings(" ");
        var match = CannotParse().Match(message);
        if (!match.Success)
        {
            return message;
        }

        var value = match.Groups["value"].Value;
        var option = match.Groups["option"].Value;
        var declared = parse.CommandResult.Command.Options.Concat(parse.RootCommandResult.Command.Options)
            .FirstOrDefault(o => o.Name == option || o.Aliases.Contains(option))?.ValueType;
        var type = declared is null ? null : Nullable.GetUnderlyingType(declared) ?? declared;
        var expected = type switch
        {
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant())),
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) => "a number",
            _ => "another value",
        };
        return $"{option} expects {expected}, not '{value}'.";
    }

    /// <summary>Refuses values of an int option outside <paramref name="min"/>..<paramref name="max"/> when the line is parsed.</summary>
    public static T Within<T>(this T option, int min, int max)
        where T : Option
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out var value) && (value < min || value > max))
            {
                result.AddError($"{option.Name} must be between {min} and {max}, not {value}.");
            }
        });
        return option;
    }

    // System.CommandLine's message for a value that does not convert, whatever the type's assembly-qualified spelling.
    [GeneratedRegex("""Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'""")]
    private static partial Regex CannotParse();
}
