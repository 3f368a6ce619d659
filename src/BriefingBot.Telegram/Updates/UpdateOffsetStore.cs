using System.Globalization;
using BriefingBot.Chat.State;

namespace BriefingBot.Telegram.Updates;

/// <summary>
/// The next update id to ask Telegram for, kept in the chat state file and advanced (by <see cref="OffsetWatermark"/>)
/// past updates that are finished with, so a restart neither loses updates nor asks for finished ones again.
/// </summary>
public sealed class UpdateOffsetStore(ChatStateStore store)
{
    private const string Key = "telegram:offset";

    public int? Load() =>
        int.TryParse(store.Get(Key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : null;

    /// <summary>Records that every update before <paramref name="offset"/> has been handled.</summary>
    public void Save(int offset) => store.Set(Key, offset.ToString(CultureInfo.InvariantCulture));
}
