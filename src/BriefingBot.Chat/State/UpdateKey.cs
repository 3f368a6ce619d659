using System.Globalization;

namespace BriefingBot.Chat.State;

/// <summary>
/// An update as the ledger remembers it: its platform and its id, held as a number when the id is one (Telegram's and
/// Discord's are), so that thousands of remembered updates are not thousands of strings for every collection to move.
/// </summary>
internal readonly record struct UpdateKey(string Platform, long Number, string? Text)
{
    public static UpdateKey Of(string platform, string updateId) =>
        IsNumber(updateId) && long.TryParse(updateId, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? new UpdateKey(platform, number, null)
            : new UpdateKey(platform, 0, updateId);

    /// <summary>Reads the stored form, "platform:id".</summary>
    public static UpdateKey Parse(string stored)
    {
        var colon = stored.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new UpdateKey("", 0, stored) : Of(stored[..colon], stored[(colon + 1)..]);
    }

    /// <summary>The stored form, "platform:id".</summary>
    public override string ToString() =>
        Text is null ? string.Create(CultureInfo.InvariantCulture, $"{Platform}:{Number}") : $"{Platform}:{Text}";

    // Digits only, without a leading zero: "007" stays text, so it never meets "7".
    private static bool IsNumber(string id) =>
        id.Length is > 0 and <= 19 && (id.Length == 1 || id[0] != '0') && id.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
}
