using System.Collections;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Hosting;

/// <summary>What one run of the program is given from outside: its environment variables and, for tests, extra logging set-up.</summary>
public sealed class LaunchEnvironment(IReadOnlyDictionary<string, string> variables, Action<ILoggingBuilder>? configureLogging = null)
{
    public IReadOnlyDictionary<string, string> Variables { get; } = variables;

    /// <summary>Applied after the program's own logging set-up (tests add a capturing provider here).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; } = configureLogging;

    /// <summary>This process's environment variables.</summary>
    public static LaunchEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            variables[(string)variable.Key] = (string?)variable.Value ?? "";
        }

        return new LaunchEnvironment(variables);
    }
}
