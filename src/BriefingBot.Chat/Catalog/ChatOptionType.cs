namespace BriefingBot.Chat.Catalog;

/// <summary>What an option's value is.</summary>
public enum ChatOptionType
{
    Text,

    /// <summary>A positive whole number; "#3" and "[3]" read as 3 (the way /sources shows numbers).</summary>
    Number,

    /// <summary>
    /// A file sent with the command: Discord shows an attachment option; text platforms take the message's attached file.
    /// The file arrives in <see cref="ChatRequest.Attachments"/>, not as an argument value.
    /// </summary>
    Attachment,
}
