namespace BriefingBot.Hosting;

/// <summary>How `serve` runs (section "BriefingBot:Serve").</summary>
public sealed class ServeOptions
{
    public const string Section = "BriefingBot:Serve";

    /// <summary>
    /// How long a stop (SIGTERM, Ctrl+C) may take: polling stops at once, then the updates in hand and the queued replies
    /// get this long before they are left to the next start; then the stores close.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
