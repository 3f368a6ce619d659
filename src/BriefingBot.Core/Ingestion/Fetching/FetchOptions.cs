namespace BriefingBot.Core.Ingestion.Fetching;

/// <summary>Bounds on fetching a linked article. <see cref="AllowLoopback"/> exists for tests that serve pages on 127.0.0.1; it is off unless configured.</summary>
public sealed class FetchOptions
{
    public const string Section = "BriefingBot:Fetching";

    /// <summary>Pages larger than this many bytes are refused; reading stops just past it (default 5 MB).</summary>
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The whole fetch, redirects and body included, must finish within this (default 10 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Redirects followed before giving up (default 5).</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>Lets links reach loopback addresses (127.0.0.0/8, ::1). Test configuration only: every other private range stays refused.</summary>
    public bool AllowLoopback { get; set; }
}
