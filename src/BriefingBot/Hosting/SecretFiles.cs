namespace BriefingBot.Hosting;

/// <summary>
/// BRIEFINGBOT__SECTION__KEY_FILE=/run/secrets/x sets BriefingBot:Section:Key to the content of that file (Docker secrets).
/// A variable that names no readable file is an error, never silently skipped: the bot would otherwise start without its token.
/// </summary>
public static class SecretFiles
{
    private const string Prefix = "BRIEFINGBOT__";
    private const string Suffix = "_FILE";

    // A secret is a token or a key; anything bigger was pointed at the wrong file.
    private const long MaxBytes = 64 * 1024;

    /// <summary>The settings the *_FILE variables give, as configuration keys and values.</summary>
    /// <exception cref="SettingsException">A variable names a missing, unreadable, empty or oversized file, or is set with its plain variable.</exception>
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
            throw new SettingsException($"{name} points to {path}, which cannot be read: {e.Message.ReplaceLineEndings(" ")}");
        }

        return text.Length > 0 ? text : throw new SettingsException($"{name} points to {path}, which is empty.");
    }
}
