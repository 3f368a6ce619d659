namespace BriefingBot.Core.Curation;

/// <summary>How long an added article waits as a preview before it must be added again (section "BriefingBot:Curation").</summary>
public sealed class CurationOptions
{
    public const string Section = "BriefingBot:Curation";

    /// <summary>A preview not published or discarded within this time expires.</summary>
    public TimeSpan PreviewLifetime { get; set; } = TimeSpan.FromHours(24);
}
