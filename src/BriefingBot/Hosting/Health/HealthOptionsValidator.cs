using Microsoft.Extensions.Options;

namespace BriefingBot.Hosting.Health;

/// <summary>Checks the health listener's settings at start, naming the setting and the variable that sets it.</summary>
public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        if (options.Port is < 1 or > 65535)
        {
            return ValidateOptionsResult.Fail($"{HealthOptions.Section}:Port must be between 1 and 65535 (set BRIEFINGBOT__HEALTH__PORT).");
        }

        return options.EndPoint() is null
            ? ValidateOptionsResult.Fail($"{HealthOptions.Section}:Address must be an IP address such as 127.0.0.1 or 0.0.0.0 (set BRIEFINGBOT__HEALTH__ADDRESS).")
            : ValidateOptionsResult.Success;
    }
}
