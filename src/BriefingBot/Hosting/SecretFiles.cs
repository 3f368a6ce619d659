using System.Runtime.InteropServices;

namespace BriefingBot.Hosting;

/// <summary>
/// BRIEFINGBOT__SECTION__KEY_FILE=/run/secrets/x sets BriefingBot:Section:Key to the content of that file (Docker secrets).
/// An existing empty file is the user's way of saying "not used" (a platform whose token file is empty is off), so it sets
/// the setting to empty; a variable that names no readable file is an error, never silently skipped: a mistyped path would
/// otherwise start the bot without its token.
/// </summary>
public static class SecretFiles
{
    private const string Prefix = "BRIEFINGBOT__";
    private const string Suffix = "_FILE";

    // A secret is a token or a key; anything bigger was pointed at the wrong file.
    private const long MaxBytes = 64 * 1024;

    /// <summary>The settings the *_FILE variables give, as configuration keys and values.</summary>
    /// <exception cref="SettingsException">A variable names a missing, unreadable or oversized file, or is set with its plain variable.</exception>
    public static IReadOnlyList<KeyValuePair<string, string?>> Read(IReadOnlyDictionary<string, string> variables)
    {
        var settings = new List<KeyValuePair<string, string?>>();
        foreach (var (name, path) in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(Suffix, StringComparison.Ordinal) || name.Length <= Prefix.Length + Suffix.Length)
            {
                continue;
            }

            var plain = name[..^Suffix.Length];
            if (variables.TryGetValue(plain, out var direct) && !string.IsNullOrEmpty(direct))
            {
                throw new SettingsException($"{plain} and {name} are both set; keep one of them.");
            }

            var key = "BriefingBot:" + plain[Prefix.Length..].Replace("__", ":", StringComparison.Ordinal);
            settings.Add(new(key, ReadSecret(name, path)));
        }

        return settings;
    }

    private static string ReadSecret(string name, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new SettingsException($"{name} is set but empty; give it the path of the file holding the secret, or unset it.");
        }

        if (Directory.Exists(path))
        {
            throw new SettingsException($"{name} points to {path}, which is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new SettingsException($"{name} points to {path}, which does not exist.");
        }

        string text;
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                throw new SettingsException($"{name} points to {path}, which is larger than {MaxBytes / 1024} KB; the file should hold only the secret.");
            }

            text = File.ReadAllText(path).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // In a container the file's owner on the host and the bot's user rarely match: say which user needs to read it.
            throw new SettingsException(
                $"{name} points to {path}, which the bot's user{UserIdText()} cannot read: {e.Message.ReplaceLineEndings(" ")} Give that user read access to the file.");
        }

        return text;
    }

    private static string UserIdText() => OperatingSystem.IsWindows() ? "" : $" (uid {GetEffectiveUserId()})";

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();
}
