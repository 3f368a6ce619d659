namespace BriefingBot.Hosting;

/// <summary>A setting cannot be used as given; the message is one line naming the setting and what to change.</summary>
public sealed class SettingsException(string message) : Exception(message);
