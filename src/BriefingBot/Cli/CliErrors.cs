using BriefingBot.Core.Answers;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Storage;
using BriefingBot.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Cli;

/// <summary>Which failures are the user's to fix (shown as one line, no stack trace) and how that line reads.</summary>
public static class CliErrors
{
    /// <summary>True for bad input, bad settings and unusable files: failures whose message says what to change.</summary>
    public static bool IsExpected(Exception e) =>
        e is IngestException or QuestionException or StoreException or SettingsException or InvalidDataException
            or OptionsValidationException or IOException or UnauthorizedAccessException
            or global::Telegram.Bot.Exceptions.ApiRequestException;

    public static string OneLine(Exception e) =>
        (e is OptionsValidationException validation ? string.Join(" ", validation.Failures) : e.Message)
            .ReplaceLineEndings(" ");

    /// <summary>Writes the failure: one line starting "error: "; for a bug, the details follow on the next lines.</summary>
    public static void Write(TextWriter error, Exception e)
    {
        error.WriteLine($"error: {OneLine(e)}");
        if (!IsExpected(e))
        {
            error.WriteLine($"(an unexpected {e.GetType().Name}; please report it with these details)");
            error.WriteLine(e.ToString());
        }
    }
}
