namespace BriefingBot.Discord.Moderation;

/// <summary>
/// Decides who moderates the bot on Discord: configured user ids, members holding a configured role, and members whose
/// permissions in the channel include Manage Server or Administrator (Discord sends them with every interaction).
/// </summary>
public sealed class DiscordModerators(IReadOnlySet<string> users, IReadOnlySet<string> roles)
{
    // ADMINISTRATOR (1 << 3) or MANAGE_GUILD (1 << 5).
    private const ulong ModeratorPermissions = (1UL << 3) | (1UL << 5);

    public static DiscordModerators None { get; } = new(new HashSet<string>(), new HashSet<string>());

    /// <summary>
    /// True for a configured user, a holder of a configured role, or a member with the permission bits
    /// (<paramref name="permissions"/> as Discord sends it, a decimal string; null on gateway messages, which carry none).
    /// </summary>
    public bool IsModerator(string? userId, IReadOnlyList<string>? memberRoles, string? permissions) =>
        (userId is not null && users.Contains(userId))
        || (memberRoles?.Any(roles.Contains) ?? false)
        || (ulong.TryParse(permissions, out var bits) && (bits & ModeratorPermissions) != 0);
}
