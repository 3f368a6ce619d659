namespace BriefingBot.Core.Curation;

/// <summary>What a moderator changed, as the audit log records it.</summary>
public enum CurationAction
{
    Add,
    Publish,
    Discard,
    Summary,
    QuoteSpeaker,
    QuoteText,
    QuoteRemove,
    QuoteRestore,
    SpeakerAlias,
    SpeakerMerge,
    SpeakerRole,
}
