namespace BriefingBot.Discord.Messages;

/// <summary>Button styles: primary and secondary carry a custom_id, link carries a url.</summary>
public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Link = 5,
}
