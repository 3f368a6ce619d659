namespace BriefingBot.Chat.Web;

/// <summary>A listener's port is taken by another process: names the setting, the port and the variable to change it with.</summary>
public sealed class ListenerPortException(string message) : IOException(message)
{
    public static ListenerPortException Health(int port) =>
        new($"BriefingBot:Health:Port {port} is already in use (set BRIEFINGBOT__HEALTH__PORT)");

    /// <summary>For a listen URL setting, e.g. BriefingBot:Telegram:WebhookListenUrl.</summary>
    public static ListenerPortException ForUrl(string setting, int port) =>
        new($"{setting} port {port} is already in use (set {setting.ToUpperInvariant().Replace(":", "__", StringComparison.Ordinal)})");
}
