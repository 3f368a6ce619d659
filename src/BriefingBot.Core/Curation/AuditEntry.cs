namespace BriefingBot.Core.Curation;

/// <summary>One change to the library, stored in the same transaction as the change: who, when, what, and before and after.</summary>
public sealed class AuditEntry
{
    // Before and after are kept short: the log says what changed, the store holds the whole.
    private const int MaxValueLength = 300;

    public int Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string Platform { get; set; } = "";

    public string UserId { get; set; } = "";

    public string? UserName { get; set; }

    public CurationAction Action { get; set; }

    /// <summary>What was changed: "preview 3", "quote 12", "article 4", "speaker Dmitry Peskov".</summary>
    public string Target { get; set; } = "";

    public string? Before { get; set; }

    public string? After { get; set; }

    public static AuditEntry For(Curator who, DateTimeOffset at, CurationAction action, string target, string? before = null, string? after = null) => new()
    {
        At = at,
        Platform = who.Platform,
        UserId = who.UserId,
        UserName = who.Name,
        Action = action,
        Target = target,
        Before = Bounded(before),
        After = Bounded(after),
    };

    public static string? Bounded(string? value) =>
        value is null || value.Length <= MaxValueLength ? value : value[..(MaxValueLength - 1)] + "…";
}
