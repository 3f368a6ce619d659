using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Curation;

/// <summary>Speaker corrections: another name for a speaker, two records of one person merged, a role.</summary>
public sealed partial class CurationDesk
{
    /// <summary>Lets a speaker be found by another name ("Peskov" for "Dmitry Peskov").</summary>
    public void AddSpeakerAlias(string name, string alias, Curator who)
    {
        var other = Required(alias, "alias", 200);
        library.Curate(() =>
        {
            var speaker = KnownSpeaker(name);
            if (library.Speakers.FindByName(other) is { } holder && holder != speaker)
            {
                throw new CurationException($"\"{other}\" already names {holder.Name}. Merge the two to make them one speaker.");
            }

            ChangeSpeaker(speaker, CurationAction.SpeakerAlias, who, s => Speaker.AddMissing(s.Aliases, other), s => string.Join(", ", s.Aliases));
            return true;
        });
    }

    /// <summary>Adds a role ("press secretary") to what a speaker is known as.</summary>
    public void AddSpeakerRole(string name, string role, Curator who)
    {
        var added = Required(role, "role", 200).ToLowerInvariant();
        library.Curate(() =>
        {
            ChangeSpeaker(KnownSpeaker(name), CurationAction.SpeakerRole, who, s => Speaker.AddMissing(s.Roles, added), s => string.Join(", ", s.Roles));
            return true;
        });
    }

    /// <summary>
    /// Makes two speaker records one: <paramref name="from"/>'s quotes, names and roles go to <paramref name="into"/>, and
    /// <paramref name="from"/> is gone.
    /// </summary>
    public void MergeSpeakers(string from, string into, Curator who)
    {
        library.Curate(() =>
        {
            var source = KnownSpeaker(from);
            var target = KnownSpeaker(into);
            if (source == target)
            {
                throw new CurationException($"\"{from}\" and \"{into}\" are already the same speaker, {target.Name}.");
            }

            var merged = library.Speakers.CopyOf([target])[0];
            merged.Absorb(source);
            Speaker.AddMissing(merged.Aliases, source.Name);
            var quotes = Store.QuotesOfSpeaker(source.Id).ToList();
            foreach (var quote in quotes)
            {
                quote.SpeakerId = target.Id;
                quote.Speaker = target.Name;
            }

            var entry = AuditEntry.For(who, time.GetUtcNow(), CurationAction.SpeakerMerge, $"speaker {source.Name}",
                before: $"{source.Name} ({quotes.Count} quotes)", after: target.Name);
            Store.Audited(entry, () =>
            {
                Store.PutSpeaker(merged);
                foreach (var quote in quotes)
                {
                    Store.PutQuote(quote);
                }

                Store.DeleteSpeaker(source.Id);
                return true;
            });
            library.Speakers.Forget(source);
            library.Speakers.Change(target, s => s.Absorb(merged));
            foreach (var quote in quotes)
            {
                library.Reindex(quote);
            }

            return true;
        });
    }

    private Speaker KnownSpeaker(string name)
    {
        var wanted = Required(name, "speaker's name", 200);
        return library.Speakers.FindByName(wanted) ?? throw new CurationException($"I don't know a speaker called \"{wanted}\".");
    }

    // Changes a copy and stores it with the audit entry; only once both are stored does the directory's speaker change.
    private void ChangeSpeaker(Speaker speaker, CurationAction action, Curator who, Func<Speaker, bool> change, Func<Speaker, string> describe)
    {
        var copy = library.Speakers.CopyOf([speaker])[0];
        var before = describe(copy);
        if (!change(copy))
        {
            throw new CurationException($"{speaker.Name} already has that.");
        }

        var entry = AuditEntry.For(who, time.GetUtcNow(), action, $"speaker {speaker.Name}", before, describe(copy));
        Store.Audited(entry, () =>
        {
            Store.PutSpeaker(copy);
            return true;
        });
        library.Speakers.Change(speaker, s => change(s));
    }
}
