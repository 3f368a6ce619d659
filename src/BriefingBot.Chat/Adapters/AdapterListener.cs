namespace BriefingBot.Chat.Adapters;

/// <summary>An HTTP listener an adapter opens: the setting that names its address (for a clear message when it is taken) and the URL.</summary>
public sealed record AdapterListener(string Setting, string Url);
